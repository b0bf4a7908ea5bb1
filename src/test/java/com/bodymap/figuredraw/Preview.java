package com.bodymap.figuredraw;

import com.bodymap.content.ShapeMeasure;
import com.bodymap.model.IconSpot;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A quick picture of the generated views for looking at while drawing: every region in its own
 * colour, labelled at its icon spot, deep regions dashed. The app and the printed sheet are the
 * real check; this is only faster.
 */
final class Preview {
    private Preview() {
    }

    /** Ratings by region id, to colour the picture as the map does; empty for one colour per region. */
    static Map<String, String> ratings = Map.of();

    static void write(List<DrawnView> views, double scale, boolean labels, File out) throws IOException {
        int w = (int) (400 * scale * views.size());
        int h = (int) (1000 * scale);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        for (int i = 0; i < views.size(); i++) {
            AffineTransform t = new AffineTransform();
            t.translate(i * 400 * scale, 0);
            t.scale(scale, scale);
            draw(g, views.get(i), t, scale, labels);
        }
        g.dispose();
        ImageIO.write(img, "png", out);
    }

    private static void draw(Graphics2D g, DrawnView v, AffineTransform t, double scale, boolean labels) {
        Color skin = new Color(0xF1, 0xE4, 0xD8);
        g.setColor(skin);
        g.fill(t.createTransformedShape(v.silhouette()));
        g.setStroke(new BasicStroke(0.8f));
        for (Area d : v.details()) {
            g.setColor(skin);
            g.fill(t.createTransformedShape(d));
            g.setColor(new Color(0xB8, 0xA0, 0x8C));
            g.draw(t.createTransformedShape(d));
        }
        int k = 0;
        for (Map.Entry<String, Area> e : v.regions().entrySet()) {
            boolean deep = v.deep().containsKey(e.getKey());
            for (Area a : List.of(e.getValue(), Pen.mirror(e.getValue()))) {
                float hue = (k * 0.618f) % 1f;
                g.setColor(Color.getHSBColor(hue, deep ? 0.7f : 0.45f, deep ? 0.75f : 0.85f));
                String rating = ratings.get(e.getKey());
                if (rating != null) {
                    g.setColor(switch (rating) {
                        case "avoid" -> new Color(0xd3, 0x3a, 0x3a);
                        case "caution" -> new Color(0xe8, 0xa8, 0x20);
                        default -> new Color(0x4c, 0x9a, 0x52);
                    });
                }
                g.fill(t.createTransformedShape(a));
                g.setColor(Color.WHITE);
                g.setStroke(deep ? new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, new float[] {5, 3}, 0)
                        : new BasicStroke(1f));
                g.draw(t.createTransformedShape(a));
            }
            k++;
        }
        g.setColor(new Color(0x50, 0x40, 0x34));
        g.setStroke(new BasicStroke(1.1f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        v.lines().forEach(l -> g.draw(t.createTransformedShape(l)));
        g.setColor(new Color(0x8a, 0x6e, 0x58));
        g.setStroke(new BasicStroke(1.6f));
        g.draw(t.createTransformedShape(v.silhouette()));
        if (!labels) {
            return;
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.max(9, 8 * scale)));
        for (Map.Entry<String, Area> e : v.regions().entrySet()) {
            IconSpot p = new ShapeMeasure(e.getValue()).pole(0.5);
            double[] xy = {p.x(), p.y()};
            t.transform(xy, 0, xy, 0, 1);
            g.setColor(Color.BLACK);
            String label = e.getKey();
            int lw = g.getFontMetrics().stringWidth(label);
            g.drawString(label, (float) (xy[0] - lw / 2.0), (float) xy[1] + 4);
            g.drawOval((int) (xy[0] - p.room() * scale), (int) (xy[1] - p.room() * scale),
                    (int) (2 * p.room() * scale), (int) (2 * p.room() * scale));
        }
    }
}

package com.bodymap.figuredraw;

import java.awt.geom.Area;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates {@code assets/figure/front.json} and {@code back.json} from the drawings in
 * {@link Body}, {@link FrontRegions} and {@link BackRegions}, and a preview picture.
 *
 * <p>Run after {@code mvn test-compile}:
 * {@code java -cp target/classes:target/test-classes com.bodymap.figuredraw.GenerateFigure assets/figure /tmp/preview.png}
 */
public final class GenerateFigure {
    private GenerateFigure() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "assets/figure");
        File preview = new File(args.length > 1 ? args[1] : "/tmp/figure-preview.png");
        List<DrawnView> views = List.of(front(), back());
        if (!dir.toString().equals("-")) {
            for (DrawnView v : views) {
                FigureJson.write(v, dir.resolve(v.name() + ".json"));
            }
        }
        for (DrawnView v : views) {
            System.out.println("== " + v.name() + " (px at 0.56 px per unit)");
            v.regions().forEach((id, a) -> {
                var m = new com.bodymap.content.ShapeMeasure(a);
                var p = m.pole(0.2);
                double s = 0.56;
                System.out.printf("  %-18s disc %5.1f px  area %6.0f px2  pieces %d%s%n", id, 2 * p.room() * s,
                        m.area() * s * s, m.pieces(), 2 * p.room() * s < 13 || m.area() * s * s < 620 ? "   <-- small" : "");
            });
        }
        views.forEach(GenerateFigure::reportSlivers);
        Preview.write(views, 1.4, true, preview);
        Preview.ratings = ratings();
        Preview.write(views, 1.6, false, new File(preview.getPath().replace(".png", "-rated.png")));
        Preview.write(views, 0.62, false, new File(preview.getPath().replace(".png", "-small.png")));
    }

    static DrawnView front() {
        Area silhouette = Body.silhouette(false);
        List<Area> details = new ArrayList<>();
        details.add(Body.head());
        for (Area a : Body.handDetails()) {
            details.add(a);
            details.add(Pen.mirror(a));
        }
        for (Area a : Body.footDetails(false)) {
            details.add(a);
            details.add(Pen.mirror(a));
        }
        Map<String, Area> regions = new Carver(silhouette).carve(FrontRegions.roughs());
        return new DrawnView("front", silhouette, details, regions, deep(FrontRegions.roughs()), DetailLines.front());
    }

    static DrawnView back() {
        Area silhouette = Body.silhouette(true);
        List<Area> details = new ArrayList<>();
        details.add(Body.backOfHead());
        for (Area a : Body.handDetails()) {
            details.add(a);
            details.add(Pen.mirror(a));
        }
        for (Area a : Body.footDetails(true)) {
            details.add(a);
            details.add(Pen.mirror(a));
        }
        Map<String, Area> regions = new Carver(silhouette).carve(BackRegions.roughs());
        return new DrawnView("back", silhouette, details, regions, deep(BackRegions.roughs()), DetailLines.back());
    }

    /** Thin strips of unrated skin between regions: usually a drawing slip, where two regions should meet. */
    private static void reportSlivers(DrawnView v) {
        Area neutral = new Area(v.silhouette());
        v.regions().values().forEach(a -> {
            neutral.subtract(a);
            neutral.subtract(Pen.mirror(a));
        });
        v.details().forEach(neutral::subtract);
        java.awt.geom.PathIterator it = neutral.getPathIterator(null);
        java.awt.geom.Path2D.Double ring = null;
        double[] c = new double[6];
        List<java.awt.geom.Path2D.Double> rings = new ArrayList<>();
        for (; !it.isDone(); it.next()) {
            int t = it.currentSegment(c);
            switch (t) {
                case java.awt.geom.PathIterator.SEG_MOVETO -> {
                    ring = new java.awt.geom.Path2D.Double();
                    ring.moveTo(c[0], c[1]);
                    rings.add(ring);
                }
                case java.awt.geom.PathIterator.SEG_LINETO -> ring.lineTo(c[0], c[1]);
                case java.awt.geom.PathIterator.SEG_QUADTO -> ring.quadTo(c[0], c[1], c[2], c[3]);
                case java.awt.geom.PathIterator.SEG_CUBICTO -> ring.curveTo(c[0], c[1], c[2], c[3], c[4], c[5]);
                default -> ring.closePath();
            }
        }
        for (var r : rings) {
            var m = new com.bodymap.content.ShapeMeasure(r);
            if (m.area() > 15 && m.inscribedRadius() < 2.5 && r.getBounds2D().getCenterX() <= 200) {
                System.out.printf("    %s: a sliver of skin %.1f units wide, %.0f square units, around %s%n", v.name(),
                        2 * m.inscribedRadius(), m.area(), r.getBounds2D());
            }
        }
    }

    private static Map<String, String> ratings() throws java.io.IOException {
        Map<String, String> r = new LinkedHashMap<>();
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(new File("assets/content/regions.json"));
        json.forEach(n -> r.put(n.get("id").asText(), n.get("rating").asText()));
        return r;
    }

    private static Map<String, String> deep(List<Carver.Rough> roughs) {
        Map<String, String> deep = new LinkedHashMap<>();
        roughs.stream().filter(r -> r.under() != null).forEach(r -> deep.put(r.id(), r.under()));
        return deep;
    }
}

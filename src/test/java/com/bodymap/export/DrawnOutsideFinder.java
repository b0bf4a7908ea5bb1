package com.bodymap.export;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Replays a page's content stream and lists everything drawn outside the page's media box minus
 * the margin: every path point (curves sampled along their length, not just their ends) and every
 * glyph's box (origin, advance, ascent and descent). Also counts what was drawn.
 */
final class DrawnOutsideFinder extends PDFGraphicsStreamEngine {
    private final float minX;
    private final float minY;
    private final float maxX;
    private final float maxY;
    private final List<String> outside = new ArrayList<>();
    private Point2D current = new Point2D.Float();
    int glyphs;
    int curves;
    int images;

    DrawnOutsideFinder(PDPage page, float margin) {
        super(page);
        PDRectangle box = page.getMediaBox();
        minX = box.getLowerLeftX() + margin;
        minY = box.getLowerLeftY() + margin;
        maxX = box.getUpperRightX() - margin;
        maxY = box.getUpperRightY() - margin;
    }

    List<String> run() throws IOException {
        processPage(getPage());
        return outside;
    }

    private void check(String what, double x, double y) {
        // A hair of tolerance for rounding in the content stream.
        if (x < minX - 0.01 || x > maxX + 0.01 || y < minY - 0.01 || y > maxY + 0.01) {
            outside.add(String.format("%s at (%.1f, %.1f)", what, x, y));
        }
    }

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
        glyphs++;
        float size = trm.getScalingFactorY();
        float x = trm.getTranslateX();
        float y = trm.getTranslateY();
        float advance = displacement.getX() * trm.getScalingFactorX();
        String glyph = "glyph " + font.toUnicode(code);
        check(glyph, x, y - 0.24f * size);
        check(glyph, x + advance, y + 0.93f * size);
        super.showGlyph(trm, font, code, displacement);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        for (Point2D p : new Point2D[] {p0, p1, p2, p3}) {
            check("rectangle corner", p.getX(), p.getY());
        }
    }

    @Override
    public void moveTo(float x, float y) {
        check("path", x, y);
        current = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        check("line", x, y);
        current = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        curves++;
        double x0 = current.getX();
        double y0 = current.getY();
        for (int i = 1; i <= 16; i++) {
            double t = i / 16.0;
            double u = 1 - t;
            double x = u * u * u * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x3;
            double y = u * u * u * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y3;
            check("curve", x, y);
        }
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void drawImage(PDImage pdImage) {
        images++;
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void closePath() {
    }

    @Override
    public void endPath() {
    }

    @Override
    public void strokePath() {
    }

    @Override
    public void fillPath(int windingRule) {
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }
}

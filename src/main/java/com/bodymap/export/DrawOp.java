package com.bodymap.export;

/**
 * One thing drawn on a laid-out page, in PDF points with the origin at the bottom left. Layout
 * produces these; the PDF painter draws them; tests can inspect them without a PDF.
 */
public sealed interface DrawOp {

    /** Text on one line, with its baseline at {@code y}. */
    record Text(float x, float y, String text, FontStyle style, float size, Ink ink) implements DrawOp {
    }

    /** A rectangle; {@code fill} or {@code stroke} may be null. */
    record Box(float x, float y, float width, float height, Ink fill, Ink stroke, float lineWidth) implements DrawOp {
    }

    record Line(float x1, float y1, float x2, float y2, Ink ink, float lineWidth) implements DrawOp {
    }

    /** A body figure scaled into the box whose bottom-left corner is (x, y). */
    record Figure(float x, float y, float width, float height, FigureView view) implements DrawOp {
    }

    /** A technique or check drawing with its top-left corner at (x, top); its text alternative travels with it. */
    record Drawing(float x, float top, com.bodymap.picture.Sketch sketch) implements DrawOp {
    }

    /** A rating badge's frame, tint and pattern; its icon and word are separate {@link Text}s. */
    record BadgeFrame(float x, float y, float width, float height, com.bodymap.model.Rating rating) implements DrawOp {
    }
}

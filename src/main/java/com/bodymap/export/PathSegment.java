package com.bodymap.export;

/**
 * One step of an outline in absolute coordinates, reduced to what PDF paths can draw directly:
 * move, line, cubic Bézier curve and close. Quadratic curves and arcs become cubics.
 */
public sealed interface PathSegment {

    record MoveTo(double x, double y) implements PathSegment {
    }

    record LineTo(double x, double y) implements PathSegment {
    }

    record CubicTo(double x1, double y1, double x2, double y2, double x, double y) implements PathSegment {
    }

    record Close() implements PathSegment {
    }
}

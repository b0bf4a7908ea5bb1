package com.bodymap.export;

import com.bodymap.export.PathSegment.CubicTo;
import com.bodymap.export.PathSegment.LineTo;
import java.util.ArrayList;
import java.util.List;

/**
 * An SVG elliptical arc (endpoint form), converted to cubic Béziers of at most 90 degrees each,
 * following the SVG specification's implementation notes (F.6.5 and F.6.6).
 */
record SvgArc(double x1, double y1, double rx, double ry, double rotationDegrees,
              boolean largeArc, boolean sweep, double x2, double y2) {

    List<PathSegment> toCubics() {
        if (x1 == x2 && y1 == y2) {
            return List.of();
        }
        double rX = Math.abs(rx);
        double rY = Math.abs(ry);
        if (rX == 0 || rY == 0) {
            return List.of(new LineTo(x2, y2));
        }
        double phi = Math.toRadians(rotationDegrees % 360);
        double cos = Math.cos(phi);
        double sin = Math.sin(phi);
        double dx = (x1 - x2) / 2;
        double dy = (y1 - y2) / 2;
        double x1p = cos * dx + sin * dy;
        double y1p = -sin * dx + cos * dy;
        double lambda = (x1p * x1p) / (rX * rX) + (y1p * y1p) / (rY * rY);
        if (lambda > 1) {
            double s = Math.sqrt(lambda);
            rX *= s;
            rY *= s;
        }
        double num = rX * rX * rY * rY - rX * rX * y1p * y1p - rY * rY * x1p * x1p;
        double den = rX * rX * y1p * y1p + rY * rY * x1p * x1p;
        double coef = Math.sqrt(Math.max(0, num / den)) * (largeArc == sweep ? -1 : 1);
        double cxp = coef * rX * y1p / rY;
        double cyp = -coef * rY * x1p / rX;
        double cx = cos * cxp - sin * cyp + (x1 + x2) / 2;
        double cy = sin * cxp + cos * cyp + (y1 + y2) / 2;

        double theta1 = angle(1, 0, (x1p - cxp) / rX, (y1p - cyp) / rY);
        double delta = angle((x1p - cxp) / rX, (y1p - cyp) / rY, (-x1p - cxp) / rX, (-y1p - cyp) / rY);
        if (!sweep && delta > 0) {
            delta -= 2 * Math.PI;
        } else if (sweep && delta < 0) {
            delta += 2 * Math.PI;
        }

        int pieces = (int) Math.ceil(Math.abs(delta) / (Math.PI / 2) - 1e-9);
        double step = delta / pieces;
        double k = 4.0 / 3 * Math.tan(step / 4);
        List<PathSegment> out = new ArrayList<>();
        double t = theta1;
        for (int i = 0; i < pieces; i++) {
            double t2 = t + step;
            double c1x = Math.cos(t) - k * Math.sin(t);
            double c1y = Math.sin(t) + k * Math.cos(t);
            double c2x = Math.cos(t2) + k * Math.sin(t2);
            double c2y = Math.sin(t2) - k * Math.cos(t2);
            double ex = Math.cos(t2);
            double ey = Math.sin(t2);
            double[] p1 = map(c1x, c1y, rX, rY, cos, sin, cx, cy);
            double[] p2 = map(c2x, c2y, rX, rY, cos, sin, cx, cy);
            double[] p = i == pieces - 1 ? new double[] {x2, y2} : map(ex, ey, rX, rY, cos, sin, cx, cy);
            out.add(new CubicTo(p1[0], p1[1], p2[0], p2[1], p[0], p[1]));
            t = t2;
        }
        return out;
    }

    private static double[] map(double ux, double uy, double rx, double ry, double cos, double sin, double cx, double cy) {
        double px = ux * rx;
        double py = uy * ry;
        return new double[] {cos * px - sin * py + cx, sin * px + cos * py + cy};
    }

    private static double angle(double ux, double uy, double vx, double vy) {
        double a = Math.atan2(uy, ux);
        double b = Math.atan2(vy, vx);
        double d = b - a;
        while (d > Math.PI) {
            d -= 2 * Math.PI;
        }
        while (d < -Math.PI) {
            d += 2 * Math.PI;
        }
        return d;
    }
}

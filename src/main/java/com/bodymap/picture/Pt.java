package com.bodymap.picture;

/** A point on the drawing, in the view's centimetres (y up) or, once fitted, in points (y down). */
record Pt(double x, double y) {
    Pt plus(Pt o) {
        return new Pt(x + o.x, y + o.y);
    }

    Pt minus(Pt o) {
        return new Pt(x - o.x, y - o.y);
    }

    Pt times(double k) {
        return new Pt(x * k, y * k);
    }

    double length() {
        return Math.hypot(x, y);
    }

    Pt unit() {
        double l = length();
        return l < 1e-12 ? new Pt(1, 0) : times(1 / l);
    }

    /** This direction turned a quarter counter-clockwise (y up). */
    Pt left() {
        return new Pt(-y, x);
    }

    double dot(Pt o) {
        return x * o.x + y * o.y;
    }

    Pt lerp(Pt o, double t) {
        return new Pt(x + (o.x - x) * t, y + (o.y - y) * t);
    }
}

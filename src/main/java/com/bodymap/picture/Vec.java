package com.bodymap.picture;

/** A point or direction in the drawing's world: centimetres, x to the right, y up from the floor, z toward the viewer. */
record Vec(double x, double y, double z) {
    static final Vec ZERO = new Vec(0, 0, 0);
    static final Vec X = new Vec(1, 0, 0);
    static final Vec Y = new Vec(0, 1, 0);
    static final Vec Z = new Vec(0, 0, 1);

    Vec plus(Vec o) {
        return new Vec(x + o.x, y + o.y, z + o.z);
    }

    Vec minus(Vec o) {
        return new Vec(x - o.x, y - o.y, z - o.z);
    }

    Vec times(double k) {
        return new Vec(x * k, y * k, z * k);
    }

    double dot(Vec o) {
        return x * o.x + y * o.y + z * o.z;
    }

    Vec cross(Vec o) {
        return new Vec(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x);
    }

    double length() {
        return Math.sqrt(dot(this));
    }

    Vec unit() {
        double l = length();
        return l < 1e-12 ? this : times(1 / l);
    }

    /** The point a fraction {@code t} of the way from this point to {@code o}. */
    Vec lerp(Vec o, double t) {
        return new Vec(x + (o.x - x) * t, y + (o.y - y) * t, z + (o.z - z) * t);
    }
}

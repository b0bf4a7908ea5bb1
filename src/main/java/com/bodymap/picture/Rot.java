package com.bodymap.picture;

/** A rotation as a 3 by 3 matrix; its columns are where the x, y and z axes go. */
record Rot(double xx, double xy, double xz, double yx, double yy, double yz, double zx, double zy, double zz) {
    static final Rot IDENTITY = new Rot(1, 0, 0, 0, 1, 0, 0, 0, 1);

    /** Turns +x toward +y by {@code degrees}. */
    static Rot aboutZ(double degrees) {
        double c = Math.cos(Math.toRadians(degrees));
        double s = Math.sin(Math.toRadians(degrees));
        return new Rot(c, -s, 0, s, c, 0, 0, 0, 1);
    }

    /** Turns +y toward +z by {@code degrees}. */
    static Rot aboutX(double degrees) {
        double c = Math.cos(Math.toRadians(degrees));
        double s = Math.sin(Math.toRadians(degrees));
        return new Rot(1, 0, 0, 0, c, -s, 0, s, c);
    }

    /** Turns +z toward +x by {@code degrees}. */
    static Rot aboutY(double degrees) {
        double c = Math.cos(Math.toRadians(degrees));
        double s = Math.sin(Math.toRadians(degrees));
        return new Rot(c, 0, s, 0, 1, 0, -s, 0, c);
    }

    Vec apply(Vec v) {
        return new Vec(xx * v.x() + xy * v.y() + xz * v.z(),
                yx * v.x() + yy * v.y() + yz * v.z(),
                zx * v.x() + zy * v.y() + zz * v.z());
    }

    /** This rotation after {@code o}: {@code times(o).apply(v) == apply(o.apply(v))}. */
    Rot times(Rot o) {
        return new Rot(
                xx * o.xx + xy * o.yx + xz * o.zx, xx * o.xy + xy * o.yy + xz * o.zy, xx * o.xz + xy * o.yz + xz * o.zz,
                yx * o.xx + yy * o.yx + yz * o.zx, yx * o.xy + yy * o.yy + yz * o.zy, yx * o.xz + yy * o.yz + yz * o.zz,
                zx * o.xx + zy * o.yx + zz * o.zx, zx * o.xy + zy * o.yy + zz * o.zy, zx * o.xz + zy * o.yz + zz * o.zz);
    }

    /** The inverse, which for a rotation is its transpose. */
    Rot inverse() {
        return new Rot(xx, yx, zx, xy, yy, zy, xz, yz, zz);
    }

    Vec xAxis() {
        return new Vec(xx, yx, zx);
    }

    Vec yAxis() {
        return new Vec(xy, yy, zy);
    }

    Vec zAxis() {
        return new Vec(xz, yz, zz);
    }
}

package com.bodymap.picture;

import java.util.List;

/**
 * One posed body segment in the world: its axis from {@code start} to {@code end}, the unit
 * directions of its front ({@code front}: the front of a limb, the top of the foot, the palm) and
 * of the body's right ({@code right}) across it, and its cross-sections. {@code side} is +1 for a
 * right limb, -1 for a left one, 0 for the trunk and head.
 */
record Segment(String name, String group, Vec start, Vec end, Vec front, Vec right, int side, List<double[]> stations) {

    Vec axis() {
        return end.minus(start);
    }

    Vec at(double t) {
        return start.lerp(end, t);
    }

    /** Half-depth in front (dir > 0) or behind, and half-width, interpolated at t. */
    double[] section(double t) {
        double[] first = stations.get(0);
        if (t <= first[0]) {
            return new double[] {first[1], first[2], first[3]};
        }
        for (int i = 1; i < stations.size(); i++) {
            double[] b = stations.get(i);
            if (t <= b[0]) {
                double[] a = stations.get(i - 1);
                double k = (t - a[0]) / (b[0] - a[0]);
                return new double[] {a[1] + (b[1] - a[1]) * k, a[2] + (b[2] - a[2]) * k, a[3] + (b[3] - a[3]) * k};
            }
        }
        double[] last = stations.get(stations.size() - 1);
        return new double[] {last[1], last[2], last[3]};
    }

    /**
     * The unit direction across the segment that a side name means: front, back, outer, inner,
     * left, right (the body's own), palm and top (= front), sole (= back), or the world's down and up
     * (made square to the axis); two joined by "+" ("back+outer") mean the direction between them,
     * and a part may carry a weight ("back+left*0.4": mostly back, a little to the left).
     */
    Vec direction(String name) {
        String n = name == null ? "front" : name;
        if (n.contains("+")) {
            Vec sum = Vec.ZERO;
            for (String part : n.split("\\+")) {
                String[] weighted = part.split("\\*", 2);
                sum = sum.plus(direction(weighted[0].strip()).times(weight(weighted, n)));
            }
            return sum.unit();
        }
        return switch (n) {
            case "front", "palm", "top" -> front;
            case "back", "sole" -> front.times(-1);
            case "right" -> right;
            case "left" -> right.times(-1);
            case "outer" -> right.times(side < 0 ? -1 : 1);
            case "inner" -> right.times(side < 0 ? 1 : -1);
            case "down", "up" -> {
                Vec a = axis().unit();
                Vec world = n.equals("down") ? new Vec(0, -1, 0) : Vec.Y;
                Vec square = world.minus(a.times(world.dot(a)));
                yield square.length() < 1e-6 ? front : square.unit();
            }
            default -> throw new IllegalArgumentException("unknown side '" + n + "' (use front, back, outer, inner, "
                    + "left, right, palm, top, sole, down or up)");
        };
    }

    private static double weight(String[] weighted, String name) {
        if (weighted.length < 2) {
            return 1;
        }
        try {
            double w = Double.parseDouble(weighted[1].strip());
            if (w > 0 && w <= 10) {
                return w;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("side '" + name + "': a weight after '*' must be a number above 0, at most 10");
    }

    /** The support of the cross-section at t in direction {@code d} (any direction; the part square to the axis counts). */
    double extent(double t, Vec d) {
        double[] s = section(t);
        double f = d.dot(front);
        double w = d.dot(right);
        double depth = f >= 0 ? s[0] : s[1];
        return Math.sqrt(depth * depth * f * f + s[2] * s[2] * w * w);
    }

    /** The point on the surface at t in the named direction. */
    Vec surface(double t, String sideName) {
        Vec d = direction(sideName);
        return at(t).plus(d.times(extent(t, d)));
    }

    /** The lowest height of the surface, sampled along the axis, the rounded ends included. */
    double lowest() {
        double low = Double.MAX_VALUE;
        Vec down = new Vec(0, -1, 0);
        for (int i = 0; i <= 16; i++) {
            double t = i / 16.0;
            low = Math.min(low, at(t).y() - extent(t, down));
        }
        double ay = axis().unit().y();
        low = Math.min(low, end.y() - Math.hypot(cap(1) * Math.max(0, -ay), extent(1, down)));
        low = Math.min(low, start.y() - Math.hypot(cap(0) * Math.max(0, ay), extent(0, down)));
        return low;
    }

    /** How far a rounded end stands out beyond its last cross-section (as {@link SegmentOutline} draws it). */
    double cap(double t) {
        double[] s = section(t);
        return 0.75 * Math.min((s[0] + s[1]) / 2, s[2]);
    }

    Segment moved(Vec by) {
        return new Segment(name, group, start.plus(by), end.plus(by), front, right, side, stations);
    }
}

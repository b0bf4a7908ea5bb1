package com.bodymap.figuredraw;

import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.util.Locale;

/** Writes a shape as SVG path data with absolute M, L, C and Z, rounded to a tenth of a unit. */
final class SvgWriter {
    private SvgWriter() {
    }

    static String write(Shape shape) {
        StringBuilder b = new StringBuilder();
        double[] c = new double[6];
        double x = 0;
        double y = 0;
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            switch (type) {
                case PathIterator.SEG_MOVETO -> {
                    append(b, "M", c[0], c[1]);
                    x = c[0];
                    y = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    if (!same(x, c[0]) || !same(y, c[1])) {
                        append(b, "L", c[0], c[1]);
                    }
                    x = c[0];
                    y = c[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    // A quadratic Bézier as the cubic with the same curve.
                    append(b, "C", x + 2.0 / 3 * (c[0] - x), y + 2.0 / 3 * (c[1] - y),
                            c[2] + 2.0 / 3 * (c[0] - c[2]), c[3] + 2.0 / 3 * (c[1] - c[3]), c[2], c[3]);
                    x = c[2];
                    y = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    if (same(x, c[4]) && same(y, c[5]) && same(x, c[0]) && same(y, c[1]) && same(x, c[2]) && same(y, c[3])) {
                        break;
                    }
                    append(b, "C", c);
                    x = c[4];
                    y = c[5];
                }
                default -> b.append(" Z");
            }
        }
        return b.toString().trim();
    }

    private static boolean same(double a, double b) {
        return Math.abs(a - b) < 0.05;
    }

    private static void append(StringBuilder b, String cmd, double... v) {
        b.append(b.length() == 0 ? "" : " ").append(cmd);
        int n = cmd.equals("C") ? 6 : 2;
        for (int i = 0; i < n; i++) {
            b.append(' ').append(num(v[i]));
        }
    }

    static String num(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        if (s.endsWith(".0")) {
            s = s.substring(0, s.length() - 2);
        }
        return s.equals("-0") ? "0" : s;
    }
}

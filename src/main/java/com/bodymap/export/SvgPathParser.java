package com.bodymap.export;

import com.bodymap.export.PathSegment.Close;
import com.bodymap.export.PathSegment.CubicTo;
import com.bodymap.export.PathSegment.LineTo;
import com.bodymap.export.PathSegment.MoveTo;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads SVG path data (the {@code d} attribute: M L H V C S Q T A Z, absolute and relative) into
 * absolute {@link PathSegment}s, so the PDF figure is drawn from the very data the map uses.
 * Malformed data fails with the position of the problem.
 */
public final class SvgPathParser {

    public List<PathSegment> parse(String data) {
        return new Run(data == null ? "" : data).parse();
    }

    /** The state of one parse: the text, the read position, the current and control points. */
    private static final class Run {
        private final String d;
        private final List<PathSegment> out = new ArrayList<>();
        private int pos;
        private double x;
        private double y;
        private double startX;
        private double startY;
        /** The last curve's second control point, for the smooth S and T commands. */
        private double ctrlX;
        private double ctrlY;
        private char previous = ' ';

        Run(String d) {
            this.d = d;
        }

        List<PathSegment> parse() {
            skipSeparators();
            char command = 0;
            while (pos < d.length()) {
                char c = d.charAt(pos);
                if (Character.isLetter(c)) {
                    command = c;
                    pos++;
                } else if (command == 0) {
                    throw error("path data must start with a command such as M");
                } else if (command == 'M') {
                    command = 'L'; // further pairs after a moveto are implicit lineto commands
                } else if (command == 'm') {
                    command = 'l';
                } else if (command == 'Z' || command == 'z') {
                    throw error("numbers after Z");
                }
                if (out.isEmpty() && command != 'M' && command != 'm') {
                    throw error("path data must start with M");
                }
                apply(command);
                skipSeparators();
            }
            return out;
        }

        private void apply(char command) {
            boolean rel = Character.isLowerCase(command);
            double ox = rel ? x : 0;
            double oy = rel ? y : 0;
            switch (Character.toUpperCase(command)) {
                case 'M' -> {
                    x = ox + number();
                    y = oy + number();
                    startX = x;
                    startY = y;
                    out.add(new MoveTo(x, y));
                }
                case 'L' -> line(ox + number(), oy + number());
                case 'H' -> line(ox + number(), y);
                case 'V' -> line(x, (rel ? y : 0) + number());
                case 'C' -> cubic(ox + number(), oy + number(), ox + number(), oy + number(), ox + number(), oy + number());
                case 'S' -> {
                    double[] c1 = reflectedControl("CcSs");
                    cubic(c1[0], c1[1], ox + number(), oy + number(), ox + number(), oy + number());
                }
                case 'Q' -> quad(ox + number(), oy + number(), ox + number(), oy + number());
                case 'T' -> {
                    double[] c = reflectedControl("QqTt");
                    quad(c[0], c[1], ox + number(), oy + number());
                }
                case 'A' -> {
                    double rx = number();
                    double ry = number();
                    double rotation = number();
                    boolean large = flag();
                    boolean sweep = flag();
                    double ex = ox + number();
                    double ey = oy + number();
                    new SvgArc(x, y, rx, ry, rotation, large, sweep, ex, ey).toCubics().forEach(out::add);
                    x = ex;
                    y = ey;
                }
                case 'Z' -> {
                    out.add(new Close());
                    x = startX;
                    y = startY;
                }
                default -> throw error("unknown command '" + command + "'");
            }
            if (Character.toUpperCase(command) != 'C' && Character.toUpperCase(command) != 'S'
                    && Character.toUpperCase(command) != 'Q' && Character.toUpperCase(command) != 'T') {
                ctrlX = x;
                ctrlY = y;
            }
            previous = command;
        }

        private double[] reflectedControl(String smoothAfter) {
            if (smoothAfter.indexOf(previous) >= 0) {
                return new double[] {2 * x - ctrlX, 2 * y - ctrlY};
            }
            return new double[] {x, y};
        }

        private void line(double nx, double ny) {
            x = nx;
            y = ny;
            out.add(new LineTo(x, y));
        }

        private void cubic(double x1, double y1, double x2, double y2, double nx, double ny) {
            out.add(new CubicTo(x1, y1, x2, y2, nx, ny));
            ctrlX = x2;
            ctrlY = y2;
            x = nx;
            y = ny;
        }

        /** A quadratic curve is exactly the cubic whose controls lie 2/3 of the way to its control. */
        private void quad(double qx, double qy, double nx, double ny) {
            out.add(new CubicTo(x + 2.0 / 3 * (qx - x), y + 2.0 / 3 * (qy - y),
                    nx + 2.0 / 3 * (qx - nx), ny + 2.0 / 3 * (qy - ny), nx, ny));
            ctrlX = qx;
            ctrlY = qy;
            x = nx;
            y = ny;
        }

        private void skipSeparators() {
            while (pos < d.length() && (Character.isWhitespace(d.charAt(pos)) || d.charAt(pos) == ',')) {
                pos++;
            }
        }

        /** Arc flags may be written without separators ("a5 5 0 016 6"). */
        private boolean flag() {
            skipSeparators();
            if (pos < d.length() && (d.charAt(pos) == '0' || d.charAt(pos) == '1')) {
                return d.charAt(pos++) == '1';
            }
            throw error("an arc flag (0 or 1) is expected");
        }

        private double number() {
            skipSeparators();
            int start = pos;
            if (pos < d.length() && (d.charAt(pos) == '+' || d.charAt(pos) == '-')) {
                pos++;
            }
            boolean digits = false;
            boolean dot = false;
            while (pos < d.length()) {
                char c = d.charAt(pos);
                if (Character.isDigit(c)) {
                    digits = true;
                } else if (c == '.' && !dot) {
                    dot = true;
                } else {
                    break;
                }
                pos++;
            }
            if (digits && pos < d.length() && (d.charAt(pos) == 'e' || d.charAt(pos) == 'E')) {
                int mark = pos++;
                if (pos < d.length() && (d.charAt(pos) == '+' || d.charAt(pos) == '-')) {
                    pos++;
                }
                if (pos < d.length() && Character.isDigit(d.charAt(pos))) {
                    while (pos < d.length() && Character.isDigit(d.charAt(pos))) {
                        pos++;
                    }
                } else {
                    pos = mark;
                }
            }
            if (!digits) {
                pos = start;
                throw error("a number is expected");
            }
            return Double.parseDouble(d.substring(start, pos));
        }

        private IllegalArgumentException error(String what) {
            String near = d.substring(pos, Math.min(d.length(), pos + 12));
            return new IllegalArgumentException("bad path data at character " + pos + ": " + what
                    + (near.isEmpty() ? " (at the end)" : " (near '" + near + "')"));
        }
    }
}

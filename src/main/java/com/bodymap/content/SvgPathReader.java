package com.bodymap.content;

import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Path2D;

/**
 * Reads SVG path data (M L H V C S Q T A Z, absolute and relative) into a {@link Path2D}, so the
 * figure's shapes can be measured and checked without a display. Malformed data fails with an
 * {@link IllegalArgumentException} naming the position of the problem.
 */
public final class SvgPathReader {

    public Path2D.Double read(String data) {
        return new Run(data == null ? "" : data).parse();
    }

    /** The state of one parse: text, position, current point, subpath start, last control point. */
    private static final class Run {
        private final String d;
        private final Path2D.Double out = new Path2D.Double(Path2D.WIND_NON_ZERO);
        private int pos;
        private double x;
        private double y;
        private double startX;
        private double startY;
        private double ctrlX;
        private double ctrlY;
        private char previous = ' ';
        private boolean started;

        Run(String d) {
            this.d = d;
        }

        Path2D.Double parse() {
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
                    command = 'L';
                } else if (command == 'm') {
                    command = 'l';
                } else if (command == 'Z' || command == 'z') {
                    throw error("numbers after Z");
                }
                if (!started && command != 'M' && command != 'm') {
                    throw error("path data must start with M");
                }
                apply(command);
                skipSeparators();
            }
            if (!started) {
                throw new IllegalArgumentException("the path is empty");
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
                    out.moveTo(x, y);
                    started = true;
                    ctrlX = x;
                    ctrlY = y;
                }
                case 'L' -> lineTo(ox + number(), oy + number());
                case 'H' -> lineTo(ox + number(), y);
                case 'V' -> lineTo(x, (rel ? y : 0) + number());
                case 'C' -> cubic(ox + number(), oy + number(), ox + number(), oy + number(), ox + number(), oy + number());
                case 'S' -> {
                    boolean follows = "CcSs".indexOf(previous) >= 0;
                    double x1 = follows ? 2 * x - ctrlX : x;
                    double y1 = follows ? 2 * y - ctrlY : y;
                    cubic(x1, y1, ox + number(), oy + number(), ox + number(), oy + number());
                }
                case 'Q' -> quad(ox + number(), oy + number(), ox + number(), oy + number());
                case 'T' -> {
                    boolean follows = "QqTt".indexOf(previous) >= 0;
                    quad(follows ? 2 * x - ctrlX : x, follows ? 2 * y - ctrlY : y, ox + number(), oy + number());
                }
                case 'A' -> arc(number(), number(), number(), flag(), flag(), ox + number(), oy + number());
                case 'Z' -> {
                    out.closePath();
                    x = startX;
                    y = startY;
                }
                default -> throw error("unknown command '" + command + "'");
            }
            previous = command;
        }

        private void lineTo(double nx, double ny) {
            out.lineTo(nx, ny);
            x = nx;
            y = ny;
            ctrlX = x;
            ctrlY = y;
        }

        private void cubic(double x1, double y1, double x2, double y2, double nx, double ny) {
            out.curveTo(x1, y1, x2, y2, nx, ny);
            ctrlX = x2;
            ctrlY = y2;
            x = nx;
            y = ny;
        }

        private void quad(double qx, double qy, double nx, double ny) {
            out.quadTo(qx, qy, nx, ny);
            ctrlX = qx;
            ctrlY = qy;
            x = nx;
            y = ny;
        }

        /** An SVG endpoint arc, converted to a centre arc (SVG 1.1 implementation notes, F.6.5). */
        private void arc(double rx, double ry, double rotation, boolean large, boolean sweep, double nx, double ny) {
            rx = Math.abs(rx);
            ry = Math.abs(ry);
            if (rx == 0 || ry == 0 || (nx == x && ny == y)) {
                lineTo(nx, ny);
                return;
            }
            double phi = Math.toRadians(rotation);
            double cos = Math.cos(phi);
            double sin = Math.sin(phi);
            double dx = (x - nx) / 2;
            double dy = (y - ny) / 2;
            double x1 = cos * dx + sin * dy;
            double y1 = -sin * dx + cos * dy;
            double scale = (x1 * x1) / (rx * rx) + (y1 * y1) / (ry * ry);
            if (scale > 1) {
                rx *= Math.sqrt(scale);
                ry *= Math.sqrt(scale);
            }
            double num = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1;
            double coef = Math.sqrt(Math.max(0, num / (rx * rx * y1 * y1 + ry * ry * x1 * x1)));
            if (large == sweep) {
                coef = -coef;
            }
            double cx1 = coef * rx * y1 / ry;
            double cy1 = -coef * ry * x1 / rx;
            double start = Math.atan2((y1 - cy1) / ry, (x1 - cx1) / rx);
            double end = Math.atan2((-y1 - cy1) / ry, (-x1 - cx1) / rx);
            double extent = end - start;
            if (sweep && extent < 0) {
                extent += 2 * Math.PI;
            } else if (!sweep && extent > 0) {
                extent -= 2 * Math.PI;
            }
            // Arc2D measures angles counter-clockwise with y up; the path's y points down.
            Arc2D.Double a = new Arc2D.Double(cx1 - rx, cy1 - ry, 2 * rx, 2 * ry,
                    -Math.toDegrees(start), -Math.toDegrees(extent), Arc2D.OPEN);
            AffineTransform place = new AffineTransform(cos, sin, -sin, cos, (x + nx) / 2, (y + ny) / 2);
            out.append(place.createTransformedShape(a).getPathIterator(null), true);
            x = nx;
            y = ny;
            ctrlX = x;
            ctrlY = y;
        }

        private boolean flag() {
            skipSeparators();
            if (pos < d.length() && (d.charAt(pos) == '0' || d.charAt(pos) == '1')) {
                return d.charAt(pos++) == '1';
            }
            throw error("an arc flag (0 or 1) is expected");
        }

        private double number() {
            skipSeparators();
            int begin = pos;
            if (pos < d.length() && (d.charAt(pos) == '-' || d.charAt(pos) == '+')) {
                pos++;
            }
            boolean dot = false;
            boolean digits = false;
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
                pos++;
                if (pos < d.length() && (d.charAt(pos) == '-' || d.charAt(pos) == '+')) {
                    pos++;
                }
                while (pos < d.length() && Character.isDigit(d.charAt(pos))) {
                    pos++;
                }
            }
            if (!digits) {
                throw error("a number is expected");
            }
            return Double.parseDouble(d.substring(begin, pos));
        }

        private void skipSeparators() {
            while (pos < d.length() && (Character.isWhitespace(d.charAt(pos)) || d.charAt(pos) == ',')) {
                pos++;
            }
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException("path data at character " + (pos + 1) + ": " + what);
        }
    }
}

package com.bodymap.content;

import java.util.List;

/**
 * The figure's drawing space must be a sensible, finite size with a standing body's proportions:
 * the map scales it to the window and the sheets draw it beside the title, so a figure many times
 * wider than tall (or infinitely large) would leave no room for anything else.
 */
final class FigureSize {
    static final double MAX_SIDE = 100_000;
    static final double MIN_RATIO = 0.25;
    static final double MAX_RATIO = 0.6;

    private FigureSize() {
    }

    static void check(String file, double width, double height, List<ContentProblem> problems) {
        if (!inRange(width) || !inRange(height)) {
            problems.add(new ContentProblem(file, "$.width and $.height",
                    "must be numbers above 0 and at most " + (long) MAX_SIDE + " (they are " + width + " and " + height + ")"));
            return;
        }
        double ratio = width / height;
        if (ratio < MIN_RATIO || ratio > MAX_RATIO) {
            problems.add(new ContentProblem(file, "$.width and $.height", String.format(java.util.Locale.ROOT,
                    "a standing figure is %.2f to %.2f times as wide as it is tall; this one is %.2f (%s by %s)",
                    MIN_RATIO, MAX_RATIO, ratio, width, height)));
        }
    }

    private static boolean inRange(double side) {
        return Double.isFinite(side) && side > 0 && side <= MAX_SIDE;
    }
}

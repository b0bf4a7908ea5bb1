package com.bodymap.ui.bodymap;

import java.util.Map;
import java.util.Optional;
import javafx.geometry.Point2D;

/**
 * Keyboard movement between region shapes: from the current shape, the arrow key picks the nearest
 * shape whose centre lies in that direction, preferring ones straight ahead over ones off to the side.
 */
final class MapNavigator {
    enum Direction {
        UP(0, -1), DOWN(0, 1), LEFT(-1, 0), RIGHT(1, 0);

        final double dx;
        final double dy;

        Direction(double dx, double dy) {
            this.dx = dx;
            this.dy = dy;
        }
    }

    private final Map<String, Point2D> centres;

    MapNavigator(Map<String, Point2D> centres) {
        this.centres = centres;
    }

    Optional<String> next(String from, Direction d) {
        Point2D origin = centres.get(from);
        if (origin == null) {
            return Optional.empty();
        }
        String best = null;
        double bestScore = Double.MAX_VALUE;
        for (Map.Entry<String, Point2D> e : centres.entrySet()) {
            if (e.getKey().equals(from)) {
                continue;
            }
            double vx = e.getValue().getX() - origin.getX();
            double vy = e.getValue().getY() - origin.getY();
            double ahead = vx * d.dx + vy * d.dy;
            if (ahead <= 1) {
                continue;
            }
            double aside = Math.abs(vx * d.dy - vy * d.dx);
            double score = ahead + 2.5 * aside;
            if (score < bestScore) {
                bestScore = score;
                best = e.getKey();
            }
        }
        return Optional.ofNullable(best);
    }

    /** Where keyboard focus starts: the topmost shape nearest the midline. */
    Optional<String> first(double midlineX) {
        return centres.entrySet().stream()
                .min((a, b) -> Double.compare(a.getValue().getY() + Math.abs(a.getValue().getX() - midlineX),
                        b.getValue().getY() + Math.abs(b.getValue().getX() - midlineX)))
                .map(Map.Entry::getKey);
    }
}

package com.bodymap.picture;

import com.bodymap.model.Tool;

/**
 * A tool in the world at its real size: a roller (a cylinder round {@code axis}), a ball, a peanut
 * (two balls side by side along {@code axis}) or a massage gun (its head at {@code centre}, its
 * body running out along {@code normal}, away from the skin).
 */
record PlacedTool(Tool tool, Vec centre, Vec axis, Vec normal) {
    static final double ROLLER_RADIUS = 7.5;
    static final double ROLLER_LENGTH = 45;
    static final double VIBRATING_RADIUS = 6.5;
    static final double VIBRATING_LENGTH = 33;
    static final double BALL_RADIUS = 3.2;
    static final double GUN_HEAD_RADIUS = 2.2;

    /** The distance from the centre to the skin it presses on. */
    static double radius(Tool tool) {
        return switch (tool) {
            case FOAM_ROLLER -> ROLLER_RADIUS;
            case VIBRATING_ROLLER -> VIBRATING_RADIUS;
            case BALL, PEANUT -> BALL_RADIUS;
            case MASSAGE_GUN -> GUN_HEAD_RADIUS;
        };
    }

    double radius() {
        return radius(tool);
    }

    /** Half the length along the axis (a ball's is 0; a peanut's second ball sits at this distance either side). */
    double halfLength() {
        return switch (tool) {
            case FOAM_ROLLER -> ROLLER_LENGTH / 2;
            case VIBRATING_ROLLER -> VIBRATING_LENGTH / 2;
            case PEANUT -> BALL_RADIUS;
            default -> 0;
        };
    }

    double lowest() {
        double r = radius();
        if (tool == Tool.MASSAGE_GUN) {
            return Math.min(centre.y() - r, centre.y() + normal.y() * 24 - 4);
        }
        double a = Math.abs(axis.y());
        return centre.y() - r * Math.sqrt(Math.max(0, 1 - a * a)) - halfLength() * a;
    }

    PlacedTool moved(Vec by) {
        return new PlacedTool(tool, centre.plus(by), axis, normal);
    }
}

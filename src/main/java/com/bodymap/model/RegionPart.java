package com.bodymap.model;

/** One shape on the map: a region on one of the body's sides (or on the midline). */
public record RegionPart(Region region, Side side) {

    /** A stable id used by shapes, tests and sheets: "glutes-left", "lumbar-spine". */
    public String id() {
        return side == Side.MIDLINE ? region.id() : region.id() + "-" + side.key();
    }

    /** "Glutes, left" or "Lumbar spine". */
    public String displayName() {
        return side == Side.MIDLINE ? region.name() : region.name() + ", " + side.key();
    }

    /** The text a screen reader announces: "Lumbar spine: avoid", "Glutes, left: fine". */
    public String accessibleText() {
        return displayName() + ": " + region.rating().word();
    }

    /** Splits "glutes-left" into the region id and side; a midline id is returned as is. */
    public static String regionIdOf(String partId) {
        if (partId.endsWith("-left")) {
            return partId.substring(0, partId.length() - 5);
        }
        if (partId.endsWith("-right")) {
            return partId.substring(0, partId.length() - 6);
        }
        return partId;
    }

    public static Side sideOf(String partId) {
        if (partId.endsWith("-left")) {
            return Side.LEFT;
        }
        if (partId.endsWith("-right")) {
            return Side.RIGHT;
        }
        return Side.MIDLINE;
    }
}

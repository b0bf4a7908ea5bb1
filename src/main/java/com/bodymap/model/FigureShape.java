package com.bodymap.model;

/**
 * One region shape of a figure, as SVG path data in the figure's coordinate space.
 * {@code mirrored} shapes are drawn reflected about the figure's vertical midline (x' = width - x):
 * only one half of the body is drawn, so left and right always match.
 *
 * @param under the region a deep muscle is reached through (drawn over it, with a dashed edge),
 *              or null for a surface region
 * @param icon  where the rating icon goes, already mirrored like the shape; null when not measured
 */
public record FigureShape(String partId, String path, boolean mirrored, String under, IconSpot icon) {

    /** A surface shape whose icon spot is not measured (the map then uses the shape's bounds). */
    public FigureShape(String partId, String path, boolean mirrored) {
        this(partId, path, mirrored, null, null);
    }

    /** True for a deep muscle drawn over the surface one it is reached through. */
    public boolean deep() {
        return under != null;
    }
}

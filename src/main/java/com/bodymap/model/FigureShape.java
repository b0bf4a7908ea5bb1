package com.bodymap.model;

/**
 * One region shape of a figure, as SVG path data in the figure's coordinate space.
 * {@code mirrored} shapes are drawn reflected about the figure's vertical midline (x' = width - x):
 * only one half of the body is drawn, so left and right always match.
 */
public record FigureShape(String partId, String path, boolean mirrored) {
}

package com.bodymap.model;

/**
 * Where a shape's rating icon goes: the point deepest inside the shape (its pole of
 * inaccessibility), and {@code room}, that point's distance to the shape's edge, in the figure's
 * units. An icon wider than twice the room would spill over the edge.
 */
public record IconSpot(double x, double y, double room) {
}

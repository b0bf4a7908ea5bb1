package com.bodymap.picture;

import java.util.List;

/**
 * A finished drawing, {@code width} by {@code height} points, y down from the top left, with its
 * text alternative. The renderer sizes lines and patterns for this size, so a small copy is drawn
 * afresh rather than scaled down.
 */
public record Sketch(double width, double height, List<Mark> marks, String alt) {
    public Sketch {
        marks = List.copyOf(marks);
    }
}

package com.bodymap.model;

import java.util.List;
import java.util.Optional;

/**
 * The outline of the body for one view, in a fixed coordinate space ({@code width} by
 * {@code height}, midline at width / 2). {@code silhouette} is one closed smooth path; {@code
 * details} are unrated areas drawn in a neutral fill (head, hands); {@code shapes} are the rated
 * regions, already clipped to the silhouette in the path data; {@code lines} are open strokes
 * drawn over the regions and under the icons (muscle edges, the two heads of the calf, the
 * trapezius outline), for looks only: they belong to no region and take no clicks.
 */
public record Figure(View view, double width, double height, String silhouette,
                     List<String> details, List<FigureShape> shapes, List<String> lines) {

    public Figure {
        details = details == null ? List.of() : List.copyOf(details);
        shapes = shapes == null ? List.of() : List.copyOf(shapes);
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** A figure without detail lines. */
    public Figure(View view, double width, double height, String silhouette, List<String> details, List<FigureShape> shapes) {
        this(view, width, height, silhouette, details, shapes, List.of());
    }

    public Optional<FigureShape> shape(String partId) {
        return shapes.stream().filter(s -> s.partId().equals(partId)).findFirst();
    }

    /** For a deep region, the region it is drawn over and reached through ("glutes" for the piriformis). */
    public Optional<String> reachedThrough(String regionId) {
        return shapes.stream().filter(s -> s.deep() && RegionPart.regionIdOf(s.partId()).equals(regionId))
                .map(FigureShape::under).findFirst();
    }
}

package com.bodymap.figuredraw;

import java.awt.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * Muscle detail lines: open strokes drawn over the region fills, for looks only (they belong to no
 * region and take no clicks). Each is drawn once on the viewer's left half, like the bilateral
 * regions, and mirrored; coordinates and landmarks as in {@link BackRegions} and {@link FrontRegions}.
 */
final class DetailLines {
    private DetailLines() {
    }

    static List<Shape> back() {
        return List.of(
                // the two heads of the gastrocnemius: the groove between them, from the lower tip of the
                // popliteal diamond down to the notch where the heads meet the Achilles
                Pen.open("161,751 159.5,775 159.5,805 162,840"),
                // the trapezius diamond: its top edge from the skull base down the side of the neck
                // to where the neck meets the shoulder (from there the outline of the shoulder is its edge) ...
                Pen.open("195,134 187,141 178,150 168,161"),
                // ... and its lower edge from the root of the spine of the scapula to T12
                Pen.open("165,229 171,255 179,285 188,315 197,340 200,345"));
    }

    static List<Shape> front() {
        return List.of();
    }

    /** Each line and its mirror image. */
    static List<Shape> both(List<Shape> half) {
        List<Shape> all = new ArrayList<>();
        for (Shape s : half) {
            all.add(s);
            all.add(Pen.mirrorLine(s));
        }
        return all;
    }
}

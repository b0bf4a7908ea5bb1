package com.bodymap.figuredraw;

import java.awt.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * Muscle detail lines: open strokes drawn over the region fills, for looks only (they belong to no
 * region and take no clicks). Each side's line is drawn once on the viewer's left half, like the
 * bilateral regions, and mirrored; a midline line is drawn whole. Coordinates and landmarks as in
 * {@link BackRegions} and {@link FrontRegions}.
 */
final class DetailLines {
    private DetailLines() {
    }

    static List<Shape> back() {
        return both(List.of(
                // the two heads of the gastrocnemius: the groove between them, from the lower tip of the
                // popliteal diamond down to the notch where the heads meet the Achilles
                Pen.open("161,751 159.5,775 159.5,805 162,840"),
                // the trapezius diamond: its top edge from the skull base down the side of the neck
                // to where the neck meets the shoulder (from there the outline of the shoulder is its edge) ...
                Pen.open("195,134 187,141 178,150 168,161"),
                // ... and its lower edge from the root of the spine of the scapula to T12
                Pen.open("165,229 171,255 179,285 188,315 197,340 200,345")));
    }

    static List<Shape> front() {
        List<Shape> lines = both(List.of(
                // pectoralis major as a fan converging on the upper arm: the edge between its collarbone
                // and breastbone heads, and a line of the lower fibres
                Pen.open("176,201 158,208 141,219 127,233"),
                Pen.open("191,262 170,256 148,248 130,240"),
                // rectus abdominis: three tendinous intersections between the ribs and the navel
                Pen.open("160,338 172,335 186,337 199,335"),
                Pen.open("159,372 172,370 186,372 199,370"),
                Pen.open("159,406 172,405 186,407 199,405"),
                // quadriceps: the edges of rectus femoris down the middle of the thigh to the kneecap,
                // vastus lateralis outside it, vastus medialis inside
                Pen.open("145,578 140,604 140,632 145,654 151,666"),
                Pen.open("154,576 159,604 161,632 159,654 156,666")));
        // the linea alba, down the middle of the abdominal wall to the navel and on to the pubis
        List<Shape> all = new ArrayList<>(lines);
        all.add(Pen.open("200,304 200,380 200,460 200,492"));
        return all;
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

package com.bodymap.picture;

import java.util.List;

/**
 * One drawing operation of a sketch. The screen and the PDF each paint these the same way, so a
 * drawing on paper matches the one in the window.
 */
public sealed interface Mark {

    /** Fills the path (non-zero winding). */
    record Fill(SketchPath path, Shade shade) implements Mark {
    }

    /** Strokes the path with round joins and caps; {@code dash} is the dash length, 0 for a solid line. */
    record Stroke(SketchPath path, Shade shade, double width, double dash) implements Mark {
    }

    /**
     * Paints {@code inside} clipped to the path: to the inside of the path (non-zero winding), or
     * with {@code evenOdd} to the area covered an odd number of times, which lets a frame with a
     * hole in it clip to everything outside the hole.
     */
    record Clip(SketchPath path, boolean evenOdd, List<Mark> inside) implements Mark {
        public Clip {
            inside = List.copyOf(inside);
        }

        public Clip(SketchPath path, List<Mark> inside) {
            this(path, false, inside);
        }
    }
}

package com.bodymap.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.model.Rating;
import com.bodymap.picture.PictureSpec.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Target areas in their rating's colour and pattern, sized for the box they are drawn in. */
class SketchRendererTest {
    private static final PictureLoader LOADER = new PictureLoader();
    private static final PictureSpec QUADS = LOADER.poses().cards().get("quadriceps-roll").get(0);

    private static Sketch draw(Rating rating, double width) {
        return new SketchRenderer(LOADER.body(), id -> id.equals("quadriceps") ? Optional.ofNullable(rating) : Optional.empty())
                .render(QUADS, width, width / 1.5);
    }

    private static List<Mark> flat(List<Mark> marks) {
        List<Mark> all = new ArrayList<>();
        for (Mark m : marks) {
            all.add(m);
            if (m instanceof Mark.Clip c) {
                all.addAll(flat(c.inside()));
            }
        }
        return all;
    }

    private static boolean fills(Sketch s, Shade shade) {
        return flat(s.marks()).stream().anyMatch(m -> m instanceof Mark.Fill f && f.shade().equals(shade));
    }

    private static long whiteStripes(Sketch s) {
        return flat(s.marks()).stream().filter(m -> m instanceof Mark.Stroke st && st.shade().equals(Shade.WHITE)
                && Math.abs(st.width() - 0.9) < 1e-9).count();
    }

    @Test
    void theTargetTakesItsRegionsColourAndPattern() {
        Sketch fine = draw(Rating.FINE, 300);
        assertTrue(fills(fine, Shade.strong(Rating.FINE)), "a fine region is filled green");
        assertEquals(0, whiteStripes(fine), "solid, without stripes");
        Sketch caution = draw(Rating.CAUTION, 300);
        assertTrue(fills(caution, Shade.strong(Rating.CAUTION)));
        assertTrue(whiteStripes(caution) > 0, "a caution region is striped, so it reads in black and white");
        Sketch avoid = draw(Rating.AVOID, 300);
        assertTrue(fills(avoid, Shade.strong(Rating.AVOID)));
        assertTrue(whiteStripes(avoid) > 0);
    }

    @Test
    void anUnknownRegionIsNotTinted() {
        Sketch none = draw(null, 300);
        for (Rating r : Rating.values()) {
            assertFalse(fills(none, Shade.strong(r)), r + " colour without a rated region");
        }
    }

    @Test
    void theSketchIsTheSizeAskedAndItsLinesSuitThatSize() {
        Sketch small = draw(Rating.FINE, 150);
        Sketch large = draw(Rating.FINE, 450);
        assertEquals(150, small.width());
        assertEquals(100, small.height());
        assertEquals(QUADS.alt(), small.alt());
        double smallOutline = outlineWidth(small);
        double largeOutline = outlineWidth(large);
        assertTrue(smallOutline < largeOutline, "thinner lines on a small drawing");
        assertTrue(smallOutline >= 1.0, "but never hairlines: " + smallOutline);
    }

    private static double outlineWidth(Sketch s) {
        return flat(s.marks()).stream().filter(m -> m instanceof Mark.Stroke st && st.shade().equals(Shade.SKIN_EDGE))
                .mapToDouble(m -> ((Mark.Stroke) m).width()).max().orElse(0);
    }

    @Test
    void aTargetOnTheFarSideOfALimbHasNoArea() {
        Scene scene = Scene.build(QUADS, LOADER.body());
        Camera camera = new Camera(QUADS.camera());
        Segment thigh = scene.segment("thigh-right");
        TargetBand.Band seen = TargetBand.of(thigh, new Target("x", "thigh-right", 0.1, 0.9, "outer", 40.0, false), camera);
        TargetBand.Band hidden = TargetBand.of(thigh, new Target("x", "thigh-right", 0.1, 0.9, "inner", 40.0, false), camera);
        assertTrue(seen.area() > 50, "the outer side of the near thigh faces the viewer: " + seen.area());
        assertEquals(0, hidden.area(), 1e-9, "its inner side faces away");
    }
}

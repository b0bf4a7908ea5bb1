package com.bodymap.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.model.Tool;
import com.bodymap.picture.PictureSpec.Body;
import com.bodymap.picture.PictureSpec.Joint;
import com.bodymap.picture.PictureSpec.Limb;
import com.bodymap.picture.PictureSpec.ToolSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The figure's proportions, the meaning of its joint angles, and tools at their real sizes. */
class SkeletonTest {
    private static final BodyPlan PLAN = new PictureLoader().body();

    private static Body standing(double pitch, Limb right, Limb left) {
        return new Body(new double[] {0, 0}, pitch, 0, 0, null, List.of(), List.of(), Map.of(), null, null, right, left);
    }

    private static Scene scene(Body body, ToolSpec... tools) {
        return Scene.build(new PictureSpec("", "test", null, body, List.of(tools), null, null, null, null, null), PLAN);
    }

    private static Limb limb(double hip, double knee, double shoulder, double elbow) {
        return new Limb(new Joint(hip, 0, 0), new Joint(knee, 0, 0), null, new Joint(shoulder, 0, 0), new Joint(elbow, 0, 0), null);
    }

    @Test
    void standingUprightTheJointsSitAtTheirShareOfTheHeight() {
        Scene s = scene(standing(0, null, null));
        double h = PLAN.height();
        assertEquals(0, s.lowest(List.of()), 0.01, "stands on the floor");
        assertEquals(0.530 * h, s.segment("thigh-right").start().y(), 1.0, "hip joint");
        assertEquals(0.285 * h, s.segment("shank-right").start().y(), 1.0, "knee");
        assertEquals(0.818 * h, s.segment("upper-arm-right").start().y(), 1.5, "shoulder");
        Segment head = s.segment("head");
        assertEquals(h, head.end().y() + head.cap(1), 3, "top of the head");
        assertEquals(0.245 * h, s.segment("thigh-right").axis().length(), 0.01);
        assertEquals(0.186 * h, s.segment("upper-arm-left").axis().length(), 0.01);
    }

    @Test
    void flexionSwingsTheThighForwardAndTheKneeBendsBack() {
        Scene s = scene(standing(0, limb(90, 90, 0, 0), null));
        Vec thigh = s.segment("thigh-right").axis().unit();
        Vec shank = s.segment("shank-right").axis().unit();
        assertEquals(1, thigh.x(), 1e-6, "hip flexed 90: the thigh points forward, the way the figure faces");
        assertEquals(-1, shank.y(), 1e-6, "knee flexed 90 from there: the shin hangs straight down");
        Scene elbow = scene(standing(0, limb(0, 0, 0, 90), null));
        assertEquals(1, elbow.segment("forearm-right").axis().unit().x(), 1e-6, "the elbow bends the forearm forward");
    }

    @Test
    void abductionTakesEachLimbToItsOwnSide() {
        Limb out = new Limb(new Joint(0, 30, 0), null, null, new Joint(0, 30, 0), null, null);
        Scene s = scene(standing(0, out, out));
        assertTrue(s.segment("thigh-right").end().z() > 15, "the right leg moves to the body's right, toward the viewer");
        assertTrue(s.segment("thigh-left").end().z() < -15, "the left leg to the left, away from the viewer");
        assertTrue(s.segment("upper-arm-right").end().z() > 25);
        assertTrue(s.segment("upper-arm-left").end().z() < -25);
    }

    @Test
    void pitchLaysTheFigureDown() {
        Scene back = scene(standing(90, null, null));
        assertTrue(back.segment("head").end().x() < -60, "on the back, head to the left");
        assertTrue(back.segment("chest").front().y() > 0.99, "face up");
        Scene front = scene(standing(-90, null, null));
        assertTrue(front.segment("head").end().x() > 60, "face down, head to the right");
        assertTrue(front.segment("chest").front().y() < -0.99, "face down");
        assertEquals(0, front.lowest(List.of()), 0.01, "lying on the floor");
    }

    @Test
    void toolsHaveTheirRealSizesAndTouchTheSegmentTheyAreUnder() {
        Scene s = scene(standing(-90, null, null), new ToolSpec("foam-roller", "thigh-right", 0.5, "front", null, null),
                new ToolSpec("peanut", "chest", 0.3, "back", null, null), new ToolSpec("ball", "shank-left", 0.4, "down", null, null));
        PlacedTool roller = s.tools.get(0);
        assertEquals(Tool.FOAM_ROLLER, roller.tool());
        assertEquals(15, 2 * roller.radius(), 1e-9, "a roller about 15 cm across");
        assertEquals(6.4, 2 * s.tools.get(2).radius(), 0.1, "a ball about 6 cm across");
        assertEquals(2 * s.tools.get(1).radius(), 2 * s.tools.get(1).halfLength(), 1e-9, "a peanut is two balls side by side");
        Segment thigh = s.segment("thigh-right");
        Vec down = thigh.direction("front");
        double gap = roller.centre().minus(thigh.at(0.5)).length() - thigh.extent(0.5, down) - roller.radius();
        assertEquals(0, gap, 0.01, "the roller touches the front of the thigh");
        assertTrue(Math.abs(roller.axis().y()) < 1e-6, "and lies level on the floor");
        assertTrue(Math.abs(roller.axis().z()) > 0.99, "across the thigh");
        assertEquals(0, s.lowest(List.of("tool-0")), 0.01, "the figure rests on it");
    }
}

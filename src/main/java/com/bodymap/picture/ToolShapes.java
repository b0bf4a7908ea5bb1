package com.bodymap.picture;

import com.bodymap.model.Tool;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the tools at their real sizes from where they sit in the world: a roller as a cylinder
 * (a disc with its hollow core when seen end-on), a ball with a highlight, a peanut as two balls
 * taped together, a massage gun with its head on the skin. A vibrating roller carries wave marks.
 */
final class ToolShapes {
    private ToolShapes() {
    }

    static List<Layer> of(PlacedTool tool, Camera camera) {
        return switch (tool.tool()) {
            case FOAM_ROLLER, VIBRATING_ROLLER -> roller(tool, camera);
            case BALL -> ball(camera.project(tool.centre()), tool.radius());
            case PEANUT -> peanut(tool, camera);
            case MASSAGE_GUN -> gun(tool, camera);
        };
    }

    /** How near the viewer the tool's nearest part is. */
    static double depth(PlacedTool tool, Camera camera) {
        Vec axis = tool.axis();
        double along = Math.abs(camera.see(axis).z()) * tool.halfLength();
        return camera.depth(tool.centre()) + along;
    }

    private static List<Layer> ball(Pt c, double r) {
        List<Layer> layers = new ArrayList<>();
        layers.add(Layer.filled(Curves.circle(c, r), Shade.TOOL, Shade.TOOL_EDGE));
        // A highlight up and to the left makes a disc read as a ball.
        layers.add(new Layer(Curves.ellipse(c.plus(new Pt(-r * 0.35, r * 0.38)), new Pt(1, 1), r * 0.32, r * 0.2),
                Shade.TOOL_LIGHT, null, 0, 0));
        return layers;
    }

    private static List<Layer> peanut(PlacedTool tool, Camera camera) {
        Vec offset = tool.axis().times(tool.halfLength());
        Vec a = tool.centre().plus(offset);
        Vec b = tool.centre().minus(offset);
        boolean aNearer = camera.depth(a) >= camera.depth(b);
        List<Layer> layers = new ArrayList<>(ball(camera.project(aNearer ? b : a), tool.radius()));
        layers.addAll(ball(camera.project(aNearer ? a : b), tool.radius()));
        // The tape round the waist of the peanut, where the balls meet.
        Pt mid = camera.project(tool.centre());
        Pt dir = camera.project(a).minus(camera.project(b));
        if (dir.length() > tool.radius() * 0.6) {
            Pt u = dir.unit();
            Pt v = u.left();
            double w = tool.radius() * 0.28;
            double h = tool.radius() * 0.75;
            layers.add(Layer.filled(Curves.polygon(List.of(mid.plus(u.times(w)).plus(v.times(h)),
                    mid.minus(u.times(w)).plus(v.times(h)), mid.minus(u.times(w)).minus(v.times(h)),
                    mid.plus(u.times(w)).minus(v.times(h)))), Shade.TOOL_LIGHT, Shade.TOOL_EDGE));
        }
        return layers;
    }

    private static List<Layer> roller(PlacedTool tool, Camera camera) {
        double r = tool.radius();
        Vec half = tool.axis().times(tool.halfLength());
        Vec endA = tool.centre().plus(half);
        Vec endB = tool.centre().minus(half);
        Vec near = camera.depth(endA) >= camera.depth(endB) ? endA : endB;
        Vec far = near == endA ? endB : endA;
        Pt pn = camera.project(near);
        Pt pf = camera.project(far);
        Pt run = pn.minus(pf);
        // How round the end looks: a full disc end-on, a thin ellipse side-on.
        double squash = Math.abs(camera.see(tool.axis()).z());
        List<Layer> layers = new ArrayList<>();
        if (run.length() < r * 0.15) {
            layers.add(Layer.filled(Curves.circle(pn, r), Shade.TOOL, Shade.TOOL_EDGE));
        } else {
            Pt u = run.unit();
            Pt v = u.left().times(r);
            layers.add(Layer.filled(Curves.ellipse(pf, u, Math.max(0.3, r * squash), r), Shade.TOOL, Shade.TOOL_EDGE));
            SketchPath.Builder body = new SketchPath.Builder();
            Pt a = pf.plus(v);
            Pt b = pn.plus(v);
            Pt c = pn.minus(v);
            Pt d = pf.minus(v);
            body.moveTo(a.x(), a.y()).lineTo(b.x(), b.y()).lineTo(c.x(), c.y()).lineTo(d.x(), d.y()).close();
            layers.add(new Layer(body.build(), Shade.TOOL, null, 0, 0));
            layers.add(Layer.line(Curves.line(List.of(a, b)), Shade.TOOL_EDGE, 1));
            layers.add(Layer.line(Curves.line(List.of(d, c)), Shade.TOOL_EDGE, 1));
            layers.add(Layer.filled(Curves.ellipse(pn, u, Math.max(0.3, r * squash), r), Shade.TOOL_LIGHT, Shade.TOOL_EDGE));
        }
        if (squash > 0.3) {
            // The hollow core of the roller's end.
            Pt dir = run.length() < r * 0.15 ? new Pt(1, 0) : run.unit();
            layers.add(Layer.filled(Curves.ellipse(pn, dir, Math.max(0.2, r * 0.38 * squash), r * 0.38),
                    Shade.WHITE, Shade.TOOL_EDGE));
        }
        if (tool.tool() == Tool.VIBRATING_ROLLER) {
            layers.addAll(waves(pn, r));
        }
        return layers;
    }

    /** Two pairs of short arcs either side of the roller: it vibrates. */
    private static List<Layer> waves(Pt c, double r) {
        List<Layer> waves = new ArrayList<>();
        for (double k : new double[] {1.35, 1.7}) {
            waves.add(Layer.line(Curves.smoothLine(Curves.arc(c, r * k, 140, 220)), Shade.TOOL_EDGE, 1.1));
            waves.add(Layer.line(Curves.smoothLine(Curves.arc(c, r * k, -40, 40)), Shade.TOOL_EDGE, 1.1));
        }
        return waves;
    }

    /** The gun's head on the skin, its shaft and barrel running out along the normal, its handle below. */
    private static List<Layer> gun(PlacedTool tool, Camera camera) {
        Pt head = camera.project(tool.centre());
        Pt out = camera.project(tool.centre().plus(tool.normal().times(10))).minus(head);
        Pt u = out.length() < 1e-6 ? new Pt(1, 0) : out.unit();
        Pt v = u.left();
        if (v.y() > 0) {
            v = v.times(-1);
        }
        List<Layer> layers = new ArrayList<>();
        layers.add(Layer.filled(rect(head.plus(u.times(1.5)), head.plus(u.times(8)), 0.9, u), Shade.AID, Shade.TOOL_EDGE));
        layers.add(Layer.filled(rect(head.plus(u.times(8)), head.plus(u.times(24)), 3.4, u), Shade.TOOL, Shade.TOOL_EDGE));
        Pt grip = head.plus(u.times(17));
        layers.add(Layer.filled(rect(grip, grip.plus(v.times(14)), 2.2, v), Shade.TOOL, Shade.TOOL_EDGE));
        layers.add(Layer.filled(Curves.circle(head, tool.radius()), Shade.TOOL_LIGHT, Shade.TOOL_EDGE));
        return layers;
    }

    private static SketchPath rect(Pt from, Pt to, double halfWidth, Pt u) {
        Pt v = u.left().times(halfWidth);
        return Curves.polygon(List.of(from.plus(v), to.plus(v), to.minus(v), from.minus(v)));
    }
}

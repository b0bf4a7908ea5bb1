package com.bodymap.picture;

import com.bodymap.picture.PictureSpec.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks a drawing the way a reviewer would look at it: it has a text alternative; it can be
 * drawn; nothing sinks through the floor; every part the data says rests on the floor, a bed or
 * a wall really touches it; and every target area shows (is not hidden on the far side of a limb).
 */
public final class PictureReview {
    /** The smallest target area that still reads on a card, in square centimetres of the figure. */
    static final double SMALLEST_TARGET = 6;
    /** The narrowest a target may show across its segment, in cm: less is a sliver along an edge. */
    static final double NARROWEST_TARGET = 1.2;
    /** How far a part may sink into the floor before it looks wrong, in cm. */
    static final double SINK = 1.5;

    private final BodyPlan plan;

    public PictureReview(BodyPlan plan) {
        this.plan = plan;
    }

    public List<String> problems(PictureSpec spec) {
        List<String> problems = new ArrayList<>();
        if (spec.alt() == null || spec.alt().isBlank()) {
            problems.add("the text alternative is empty");
        }
        if (spec.body() == null) {
            problems.add("no body");
            return problems;
        }
        Scene scene;
        try {
            scene = Scene.build(spec, plan);
            new SketchRenderer(plan, region -> java.util.Optional.empty()).render(spec, 300, 200);
        } catch (IllegalArgumentException | IllegalStateException e) {
            problems.add("cannot be drawn: " + e.getMessage());
            return problems;
        }
        for (Segment s : scene.segments) {
            if (s.lowest() < -SINK) {
                problems.add(s.name() + " sinks " + cm(-s.lowest()) + " into the floor");
            }
        }
        for (int i = 0; i < scene.tools.size(); i++) {
            if (scene.tools.get(i).lowest() < -SINK) {
                problems.add("tool " + i + " sinks " + cm(-scene.tools.get(i).lowest()) + " into the floor");
            }
        }
        for (String part : spec.contacts()) {
            try {
                double gap = scene.contactGap(part);
                if (gap > Scene.CONTACT) {
                    problems.add(part + " should rest on the floor, furniture or wall but is " + cm(gap) + " away");
                }
            } catch (IllegalArgumentException e) {
                problems.add("contact '" + part + "': " + e.getMessage());
            }
        }
        Camera camera = new Camera(spec.camera());
        for (Target t : spec.targets()) {
            Segment s;
            try {
                s = scene.segment(t.on());
                TargetBand.Band band = TargetBand.of(s, t, camera);
                if (band.area() < SMALLEST_TARGET || band.width() < NARROWEST_TARGET) {
                    problems.add("target " + t.region() + " on " + t.on() + " " + t.side() + " shows only " + cm(band.area())
                            + " sq cm, " + cm(band.width()) + " cm across: it is hidden or too small");
                }
            } catch (IllegalArgumentException e) {
                problems.add("target " + t.region() + ": " + e.getMessage());
            }
        }
        return problems;
    }

    /** How far each named part is from resting on something, for tuning poses: "part: gap cm". */
    public List<String> gaps(PictureSpec spec) {
        Scene scene = Scene.build(spec, plan);
        List<String> lines = new ArrayList<>();
        for (String part : spec.contacts()) {
            lines.add(part + ": " + cm(scene.contactGap(part)));
        }
        return lines;
    }

    /** Each segment's lowest height and each joint's position, for tuning poses by hand. */
    public List<String> layout(PictureSpec spec) {
        Scene scene = Scene.build(spec, plan);
        List<String> lines = new ArrayList<>();
        for (Segment s : scene.segments) {
            lines.add(s.name() + " low " + cm(s.lowest()) + " from (" + cm(s.start().x()) + ", " + cm(s.start().y()) + ", "
                    + cm(s.start().z()) + ") to (" + cm(s.end().x()) + ", " + cm(s.end().y()) + ", " + cm(s.end().z()) + ")");
        }
        for (PlacedTool t : scene.tools) {
            lines.add(t.tool().id() + " at (" + cm(t.centre().x()) + ", " + cm(t.centre().y()) + ", " + cm(t.centre().z()) + ")");
        }
        return lines;
    }

    private static String cm(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}

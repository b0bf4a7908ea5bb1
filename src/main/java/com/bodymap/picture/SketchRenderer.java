package com.bodymap.picture;

import com.bodymap.model.Rating;
import com.bodymap.picture.PictureSpec.Prop;
import com.bodymap.picture.PictureSpec.Target;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a drawing's data into a {@link Sketch} of a given size: poses the figure, sees it through
 * the camera, fits everything in the box, then paints back to front: floor, walls and furniture;
 * the body's parts and the tools from the farthest to the nearest; measuring aids; arrows. Each
 * part of the body is outlined as one shape (every outline stroked wide, then every fill laid over
 * it), so joints show no seams. Target areas are filled in their rating's colour and pattern
 * (diagonal stripes for avoid, across for caution, solid for fine, as on the map).
 */
public final class SketchRenderer {
    private static final double STRIPE_STEP = 3.2;
    private static final double STRIPE_WIDTH = 0.9;
    /** Hair over the back of the head and the crown: it shows which way the head faces at any size. */
    private static final List<Target> HAIR = List.of(new Target("", "head", 0.4, 0.9, "back", 105.0, false),
            new Target("", "head", 0.78, 1.0, "all", null, false));

    private final BodyPlan plan;
    private final Function<String, Optional<Rating>> ratings;

    /** {@code ratings} gives each region's rating, for the target areas. */
    public SketchRenderer(BodyPlan plan, Function<String, Optional<Rating>> ratings) {
        this.plan = plan;
        this.ratings = ratings;
    }

    public Sketch render(PictureSpec spec, double width, double height) {
        return render(pose(spec), width, height);
    }

    /** The drawing's world with its pose solved, ready to be drawn at any size. */
    Scene pose(PictureSpec spec) {
        return Scene.build(spec, plan);
    }

    /**
     * Everything the drawing holds, seen by its camera and measured in the view's centimetres:
     * the parts of the body and the tools back to front, furniture, aids, arrows, the walls and
     * the frame. It does not depend on the size it is drawn at.
     */
    record Composition(Scene scene, List<Piece> pieces, List<Layer> furniture, List<Layer> aids,
                       List<ArrowShape> arrows, double[] box, boolean floor) {

        /** Width over height of what is drawn (the crop when there is one). */
        double aspect() {
            return (box[2] - box[0]) / Math.max(1e-6, box[3] - box[1]);
        }
    }

    Composition compose(Scene scene) {
        PictureSpec spec = scene.spec;
        Camera camera = new Camera(spec.camera());
        List<Piece> pieces = new ArrayList<>();
        Map<String, List<Segment>> groups = new LinkedHashMap<>();
        scene.segments.forEach(s -> groups.computeIfAbsent(s.group(), g -> new ArrayList<>()).add(s));
        double torsoDepth = depth(groups.get("torso"), camera);
        SketchPath pelvis = SegmentOutline.of(scene.segment("pelvis"), camera);
        for (List<Segment> group : groups.values()) {
            double d = depth(group, camera);
            // A leg in front of the trunk joins it without a seam: its outline is not drawn over the pelvis.
            SketchPath hip = group.get(0).group().startsWith("leg") && d >= torsoDepth ? pelvis : null;
            pieces.add(new BodyPart(group, spec.targets(), camera, d, torsoDepth, hip));
        }
        for (PlacedTool tool : scene.tools) {
            pieces.add(new Drawn(ToolShapes.of(tool, camera), ToolShapes.depth(tool, camera)));
        }
        pieces.sort(Comparator.comparingDouble(Piece::depth));
        List<Layer> furniture = new ArrayList<>();
        List<Layer> aids = new ArrayList<>();
        for (Prop p : spec.props()) {
            if (PropShapes.isFurniture(p)) {
                furniture.addAll(PropShapes.furniture(p, camera));
            } else if (PropShapes.isAid(p)) {
                aids.addAll(PropShapes.aid(p, scene, camera));
            } else if (!"wall".equals(p.kind())) {
                throw new IllegalArgumentException("unknown prop '" + p.kind() + "'");
            }
        }
        List<ArrowShape> arrows = spec.arrows().stream().map(a -> ArrowShape.of(a, scene, camera)).toList();

        double[] box = Fit.empty();
        pieces.forEach(p -> p.grow(box));
        Layer.grow(furniture, box);
        Layer.grow(aids, box);
        arrows.forEach(a -> a.grow(box));
        boolean floor = camera.seesFloorEdgeOn();
        if (floor) {
            Fit.grow(box, box[0], -3);
        }
        if (spec.cutBelow() != null) {
            // Fit what is above the cut: the parts below it do not widen the box.
            double[] above = Fit.empty();
            pieces.forEach(p -> p.growAbove(above, spec.cutBelow()));
            Layer.grow(aids, above);
            arrows.forEach(a -> a.grow(above));
            box[0] = above[0];
            box[2] = above[2];
            box[1] = spec.cutBelow();
        }
        if (spec.frame() != null && spec.frame().length == 4) {
            System.arraycopy(spec.frame(), 0, box, 0, 4);
        }
        return new Composition(scene, List.copyOf(pieces), furniture, aids, arrows, box, floor);
    }

    Sketch render(Scene scene, double width, double height) {
        return draw(compose(scene), width, height);
    }

    Sketch draw(Composition c, double width, double height) {
        Scene scene = c.scene();
        double lineWidth = Math.max(0.55, Math.min(1.3, width / 290));
        Fit fit = new Fit(c.box(), width, height, Math.max(3, width * 0.025), c.floor());
        List<Mark> marks = new ArrayList<>();
        if (c.floor()) {
            floor(fit, lineWidth, marks);
        }
        for (Prop p : scene.spec.props()) {
            if ("wall".equals(p.kind())) {
                wall(scene.wallX(p), scene, fit, lineWidth, marks);
            }
        }
        Layer.emit(c.furniture(), fit, lineWidth, marks);
        for (Piece p : c.pieces()) {
            p.emit(fit, lineWidth, marks);
        }
        Layer.emit(c.aids(), fit, lineWidth, marks);
        c.arrows().forEach(a -> a.emit(fit, lineWidth, marks));
        SketchPath frame = Curves.polygon(List.of(new Pt(0, 0), new Pt(width, 0), new Pt(width, height), new Pt(0, height)));
        return new Sketch(width, height, List.of(new Mark.Clip(frame, marks)), scene.spec.alt());
    }

    private static double depth(List<Segment> group, Camera camera) {
        if (group == null || group.isEmpty()) {
            return 0;
        }
        return group.stream().mapToDouble(s -> camera.depth(s.at(0.5))).average().orElse(0);
    }

    /** The floor: a grey strip from the floor line to the bottom edge, across the whole drawing. */
    private static void floor(Fit fit, double lineWidth, List<Mark> marks) {
        double y = fit.map(new Pt(0, 0)).y();
        if (y >= fit.height()) {
            return;
        }
        marks.add(new Mark.Fill(Curves.polygon(List.of(new Pt(0, y), new Pt(fit.width(), y), new Pt(fit.width(), fit.height()),
                new Pt(0, fit.height()))), Shade.FLOOR));
        marks.add(new Mark.Stroke(Curves.line(List.of(new Pt(0, y), new Pt(fit.width(), y))), Shade.FLOOR_EDGE, lineWidth, 0));
    }

    /** A wall standing on the floor at x, its thickness on the side away from the figure. */
    private static void wall(double x, Scene scene, Fit fit, double lineWidth, List<Mark> marks) {
        double away = Math.signum(x - scene.segment("pelvis").at(0.5).x());
        Pt face = fit.map(new Pt(x, 0));
        double edge = away > 0 ? fit.width() : 0;
        double floorY = Math.min(fit.height(), face.y());
        marks.add(new Mark.Fill(Curves.polygon(List.of(new Pt(face.x(), 0), new Pt(edge, 0),
                new Pt(edge, floorY), new Pt(face.x(), floorY))), Shade.FURNITURE));
        marks.add(new Mark.Stroke(Curves.line(List.of(new Pt(face.x(), 0), new Pt(face.x(), floorY))), Shade.FURNITURE_EDGE,
                lineWidth, 0));
    }

    /** Something drawn in depth order. */
    interface Piece {
        double depth();

        void grow(double[] box);

        /** Grows the box by the points at or above the height {@code cut}. */
        void growAbove(double[] box, double cut);

        void emit(Fit fit, double lineWidth, List<Mark> marks);
    }

    private record Drawn(List<Layer> layers, double depth) implements Piece {
        @Override
        public void grow(double[] box) {
            Layer.grow(layers, box);
        }

        @Override
        public void growAbove(double[] box, double cut) {
            layers.forEach(l -> Fit.growAbove(box, l.path(), cut));
        }

        @Override
        public void emit(Fit fit, double lineWidth, List<Mark> marks) {
            Layer.emit(layers, fit, lineWidth, marks);
        }
    }

    /** One part of the body (the trunk with the head, or one limb), outlined as a single shape. */
    private final class BodyPart implements Piece {
        private final List<Segment> segments;
        private final List<SketchPath> outlines = new ArrayList<>();
        private final List<Target> targets;
        private final Camera camera;
        private final double depth;
        private final Shade skin;
        private final SketchPath hip;

        BodyPart(List<Segment> segments, List<Target> allTargets, Camera camera, double depth, double torsoDepth,
                 SketchPath hip) {
            this.segments = segments;
            this.hip = hip;
            this.camera = camera;
            this.depth = depth;
            this.skin = depth < torsoDepth - 3 ? Shade.SKIN_FAR : Shade.SKIN;
            segments.forEach(s -> outlines.add(SegmentOutline.of(s, camera)));
            this.targets = allTargets.stream().filter(t -> segments.stream().anyMatch(s -> s.name().equals(t.on()))).toList();
        }

        @Override
        public double depth() {
            return depth;
        }

        @Override
        public void grow(double[] box) {
            outlines.forEach(o -> Fit.grow(box, o));
        }

        @Override
        public void growAbove(double[] box, double cut) {
            outlines.forEach(o -> Fit.growAbove(box, o, cut));
        }

        @Override
        public void emit(Fit fit, double lineWidth, List<Mark> marks) {
            List<SketchPath> mapped = outlines.stream().map(fit::map).toList();
            List<Mark> strokes = new ArrayList<>();
            mapped.forEach(o -> strokes.add(new Mark.Stroke(o, Shade.SKIN_EDGE, lineWidth * 2, 0)));
            if (hip == null) {
                marks.addAll(strokes);
            } else {
                SketchPath outside = Curves.polygon(List.of(new Pt(0, 0), new Pt(fit.width(), 0),
                        new Pt(fit.width(), fit.height()), new Pt(0, fit.height()))).with(fit.map(hip));
                marks.add(new Mark.Clip(outside, true, strokes));
            }
            mapped.forEach(o -> marks.add(new Mark.Fill(o, skin)));
            for (int i = 0; i < segments.size(); i++) {
                Segment s = segments.get(i);
                if (s.name().equals("head")) {
                    for (Target area : HAIR) {
                        TargetBand.Band hair = TargetBand.of(s, area, camera);
                        if (hair.outline() != null) {
                            marks.add(new Mark.Clip(mapped.get(i), List.of(new Mark.Fill(fit.map(hair.outline()), Shade.HAIR))));
                        }
                    }
                }
                for (Target t : targets) {
                    if (t.on().equals(s.name())) {
                        tint(s, mapped.get(i), t, fit, lineWidth, marks);
                    }
                }
            }
        }

        private void tint(Segment s, SketchPath outline, Target t, Fit fit, double lineWidth, List<Mark> marks) {
            Optional<Rating> rating = ratings.apply(t.region());
            TargetBand.Band band = TargetBand.of(s, t, camera);
            if (rating.isEmpty() || band.outline() == null) {
                return;
            }
            SketchPath area = fit.map(band.outline());
            List<Mark> inside = new ArrayList<>();
            inside.add(new Mark.Fill(area, Shade.strong(rating.get())));
            if (rating.get() != Rating.FINE) {
                inside.add(new Mark.Clip(area, stripes(Fit.bounds(area), rating.get() == Rating.AVOID)));
            }
            inside.add(new Mark.Stroke(area, Shade.INK, lineWidth * 0.8, Boolean.TRUE.equals(t.deep()) ? lineWidth * 2.5 : 0));
            marks.add(new Mark.Clip(outline, inside));
        }
    }

    /** White stripes across a box: diagonal for avoid, horizontal for caution. */
    private static List<Mark> stripes(double[] box, boolean diagonal) {
        SketchPath.Builder b = new SketchPath.Builder();
        if (diagonal) {
            double span = box[3] - box[1];
            for (double x = box[0] - span; x < box[2]; x += STRIPE_STEP * 1.414) {
                b.moveTo(x, box[3]).lineTo(x + span, box[1]);
            }
        } else {
            for (double y = box[1] + STRIPE_STEP / 2; y < box[3]; y += STRIPE_STEP) {
                b.moveTo(box[0], y).lineTo(box[2], y);
            }
        }
        return b.isEmpty() ? List.of() : List.of(new Mark.Stroke(b.build(), Shade.WHITE, STRIPE_WIDTH, 0));
    }
}

package com.bodymap.picture;

import com.bodymap.picture.PictureSpec.Prop;
import java.util.ArrayList;
import java.util.List;

/**
 * Furniture behind the figure (bed, table, chair) and the measuring aids drawn over it (a phone
 * used as a level, an upright ruler, a tape, the angle being read). The floor and walls run to the
 * drawing's edges, so {@link SketchRenderer} draws those once it knows the frame.
 */
final class PropShapes {

    private PropShapes() {
    }

    static boolean isFurniture(Prop p) {
        return List.of("bed", "table", "chair").contains(p.kind());
    }

    static boolean isAid(Prop p) {
        return List.of("phone", "ruler", "tape", "level").contains(p.kind());
    }

    static List<Layer> furniture(Prop p, Camera camera) {
        double x = need(p.x(), p, "x");
        double h = need(p.height(), p, "height");
        return switch (p.kind()) {
            case "bed" -> slab(camera, x, need(p.x2(), p, "x2"), h, 16, 5);
            case "table" -> slab(camera, x, need(p.x2(), p, "x2"), h, 3, 3.5);
            case "chair" -> chair(camera, x, h, Boolean.TRUE.equals(p.flip()) ? 1 : -1);
            default -> List.of();
        };
    }

    /** A top {@code thick} cm deep from x1 to x2 at height h, on two legs. */
    private static List<Layer> slab(Camera camera, double x1, double x2, double h, double thick, double leg) {
        double lo = Math.min(x1, x2);
        double hi = Math.max(x1, x2);
        List<Layer> layers = new ArrayList<>();
        layers.add(Layer.filled(box(camera, lo + 3, 0, lo + 3 + leg, h - thick), Shade.FURNITURE, Shade.FURNITURE_EDGE));
        layers.add(Layer.filled(box(camera, hi - 3 - leg, 0, hi - 3, h - thick), Shade.FURNITURE, Shade.FURNITURE_EDGE));
        layers.add(Layer.filled(box(camera, lo, h - thick, hi, h), Shade.FURNITURE, Shade.FURNITURE_EDGE));
        return layers;
    }

    /** A chair whose seat runs from its front edge x back toward {@code back} (-1: toward -x). */
    private static List<Layer> chair(Camera camera, double x, double h, int back) {
        double rear = x + back * 42;
        List<Layer> layers = new ArrayList<>();
        layers.add(Layer.filled(box(camera, rear - back * 1.5, h, rear + back * 1.5, h + 44), Shade.FURNITURE, Shade.FURNITURE_EDGE));
        layers.add(Layer.filled(box(camera, x - back * 3, 0, x - back * 0.5, h), Shade.FURNITURE, Shade.FURNITURE_EDGE));
        layers.add(Layer.filled(box(camera, rear, 0, rear - back * 2.5, h), Shade.FURNITURE, Shade.FURNITURE_EDGE));
        layers.add(Layer.filled(box(camera, x, h - 3, rear, h), Shade.FURNITURE, Shade.FURNITURE_EDGE));
        return layers;
    }

    static List<Layer> aid(Prop p, Scene scene, Camera camera) {
        return switch (p.kind()) {
            case "phone" -> phone(p, scene, camera);
            case "ruler" -> ruler(p, scene, camera);
            case "tape" -> tape(p, scene, camera);
            case "level" -> level(p, scene, camera);
            default -> List.of();
        };
    }

    /** A phone lying on the segment along its length, screen up. */
    private static List<Layer> phone(Prop p, Scene scene, Camera camera) {
        Segment s = scene.segment(p.on());
        double t = p.t() == null ? 0.5 : p.t();
        Vec d = s.direction(p.side());
        Vec axis = s.axis().unit();
        Vec centre = s.at(t).plus(d.times(s.extent(t, d) + 0.5));
        Pt a = camera.project(centre.minus(axis.times(7.3)));
        Pt b = camera.project(centre.plus(axis.times(7.3)));
        Pt u = b.minus(a).unit();
        Pt out = camera.project(centre.plus(d)).minus(camera.project(centre));
        double thick = 0.6 + 3.2 * Math.abs(camera.see(d).z());
        Pt v = out.length() < 0.2 ? u.left() : out.unit();
        List<Layer> layers = new ArrayList<>();
        layers.add(Layer.filled(Curves.polygon(List.of(a.plus(v.times(thick)), b.plus(v.times(thick)),
                b.minus(v.times(thick)), a.minus(v.times(thick)))), Shade.AID, Shade.INK));
        layers.add(Layer.line(Curves.line(List.of(a.plus(u.times(1.2)), b.minus(u.times(1.2)))), Shade.TOOL_LIGHT, 0.8));
        return layers;
    }

    /** An upright ruler standing on its point, with a tick every 5 cm and a longer one every 10. */
    private static List<Layer> ruler(Prop p, Scene scene, Camera camera) {
        Pt base = camera.project(scene.point(p.from()));
        double h = need(p.height(), p, "height");
        List<Layer> layers = new ArrayList<>();
        layers.add(Layer.filled(Curves.polygon(List.of(base, base.plus(new Pt(3.2, 0)), base.plus(new Pt(3.2, h)),
                base.plus(new Pt(0, h)))), Shade.RULER, Shade.AID));
        for (double y = 5; y < h; y += 5) {
            double len = y % 10 == 0 ? 1.8 : 1.0;
            layers.add(Layer.line(Curves.line(List.of(base.plus(new Pt(0, y)), base.plus(new Pt(len, y)))), Shade.AID, 0.7));
        }
        return layers;
    }

    /** A measured distance: a line with a short bar square to it at each end. */
    private static List<Layer> tape(Prop p, Scene scene, Camera camera) {
        Pt a = camera.project(scene.point(p.from()));
        Pt b = camera.project(scene.point(p.to()));
        Pt v = b.minus(a).unit().left().times(3);
        List<Layer> layers = new ArrayList<>();
        layers.add(Layer.line(Curves.line(List.of(a, b)), Shade.WHITE, 4));
        layers.add(Layer.line(Curves.line(List.of(a, b)), Shade.AID, 2));
        layers.add(Layer.line(Curves.line(List.of(a.plus(v), a.minus(v))), Shade.AID, 1.6));
        layers.add(Layer.line(Curves.line(List.of(b.plus(v), b.minus(v))), Shade.AID, 1.6));
        return layers;
    }

    /**
     * The angle a phone level reads: a dashed horizontal line from the vertex toward the segment,
     * and an arc from it to the segment's line.
     */
    private static List<Layer> level(Prop p, Scene scene, Camera camera) {
        Pt vertex = camera.project(scene.point(p.from()));
        Segment s = scene.segment(p.on());
        Pt dir = camera.project(s.end()).minus(camera.project(s.start()));
        double length = p.length() == null ? 30 : p.length();
        double sign = dir.x() >= 0 ? 1 : -1;
        List<Layer> layers = new ArrayList<>();
        layers.add(new Layer(Curves.line(List.of(vertex, vertex.plus(new Pt(sign * length, 0)))), null, Shade.AID, 1.1, 3));
        double from = sign > 0 ? 0 : 180;
        double to = Math.toDegrees(Math.atan2(dir.y(), dir.x()));
        if (sign < 0 && to < 0) {
            to += 360;
        }
        layers.add(Layer.line(Curves.smoothLine(Curves.arc(vertex, length * 0.55, from, to)), Shade.AID, 1.1));
        return layers;
    }

    private static SketchPath box(Camera camera, double x1, double y1, double x2, double y2) {
        return Curves.polygon(List.of(camera.project(new Vec(x1, y1, 0)), camera.project(new Vec(x2, y1, 0)),
                camera.project(new Vec(x2, y2, 0)), camera.project(new Vec(x1, y2, 0))));
    }

    private static double need(Double value, Prop p, String field) {
        if (value == null) {
            throw new IllegalArgumentException("a " + p.kind() + " needs '" + field + "'");
        }
        return value;
    }
}

package com.bodymap.picture;

import com.bodymap.model.Tool;
import com.bodymap.picture.PictureSpec.Body;
import com.bodymap.picture.PictureSpec.Point;
import com.bodymap.picture.PictureSpec.Prop;
import com.bodymap.picture.PictureSpec.ToolSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A drawing's world: the posed figure, lowered onto the floor (or bed), with its tools in place.
 * It answers where things are, so the renderer can draw them and the content test can check that
 * the figure rests where the card says.
 */
final class Scene {
    /** How close a part must come to a surface to count as resting on it, in cm. */
    static final double CONTACT = 2.0;

    final PictureSpec spec;
    final List<Segment> segments;
    final List<PlacedTool> tools;
    final Map<String, Segment> byName;

    private Scene(PictureSpec spec, List<Segment> segments, List<PlacedTool> tools) {
        this.spec = spec;
        this.segments = List.copyOf(segments);
        this.tools = List.copyOf(tools);
        this.byName = segments.stream().collect(Collectors.toMap(Segment::name, Function.identity()));
    }

    static Scene build(PictureSpec spec, BodyPlan plan) {
        Skeleton skeleton = new Skeleton(plan);
        Body body = spec.body();
        double[] at = body.at();
        Vec origin = at.length >= 3 ? new Vec(at[0], at[1], at[2]) : new Vec(at[0], 100, at.length > 1 ? at[1] : 0);
        double pitch = body.pitch();
        if (body.balance().size() == 2) {
            pitch = balance(spec, skeleton, origin, pitch);
        }
        double floor = body.restOn() == null ? 0 : body.restOn();
        boolean fixed = at.length >= 3 && body.restOn() == null;
        PictureSpec posedSpec = spec;
        for (Map.Entry<String, PictureSpec.Reach> r : body.reach().entrySet()) {
            posedSpec = reach(posedSpec, skeleton, origin, pitch, floor, fixed, r.getKey(), r.getValue());
        }
        return rested(posedSpec, skeleton, origin, pitch, floor, fixed);
    }

    private static Scene rested(PictureSpec spec, Skeleton skeleton, Vec origin, double pitch, double floor, boolean fixed) {
        Scene posed = posed(spec, skeleton, origin, pitch);
        if (fixed) {
            return posed;
        }
        double low = posed.lowest(spec.body().restParts());
        return posed.moved(new Vec(0, floor - low, 0));
    }

    /** The pose with one joint bent, nearest its given angle, until the part touches down. */
    private static PictureSpec reach(PictureSpec spec, Skeleton skeleton, Vec origin, double pitch, double floor,
                                     boolean fixed, String part, PictureSpec.Reach reach) {
        String joint = reach.joint();
        double given = spec.body().flexOf(joint);
        double best = nearestRoot(f -> rested(with(spec, spec.body().withFlex(joint, f)), skeleton, origin, pitch, floor, fixed)
                .lowest(List.of(part)) - reach.height(), given, 120, 4);
        if (Double.isNaN(best)) {
            throw new IllegalArgumentException("bending " + joint + " cannot bring " + part + " down to rest");
        }
        return with(spec, spec.body().withFlex(joint, best));
    }

    private static PictureSpec with(PictureSpec s, Body body) {
        return new PictureSpec(s.label(), s.alt(), s.camera(), body, s.tools(), s.props(), s.arrows(), s.targets(),
                s.contacts(), s.frame(), s.cutBelow());
    }

    private static Scene posed(PictureSpec spec, Skeleton skeleton, Vec origin, double pitch) {
        List<Segment> segments = skeleton.pose(spec.body(), origin, pitch);
        Map<String, Segment> named = segments.stream().collect(Collectors.toMap(Segment::name, Function.identity()));
        List<PlacedTool> tools = new ArrayList<>();
        for (ToolSpec t : spec.tools()) {
            tools.add(place(t, named));
        }
        return new Scene(spec, segments, tools);
    }

    /** The lean at which both named supports touch down together, searched 40 degrees either side. */
    private static double balance(PictureSpec spec, Skeleton skeleton, Vec origin, double pitch) {
        String a = spec.body().balance().get(0);
        String b = spec.body().balance().get(1);
        java.util.function.DoubleUnaryOperator gap = p -> {
            Scene s = posed(spec, skeleton, origin, p);
            return s.lowest(List.of(a)) - s.lowest(List.of(b));
        };
        double root = nearestRoot(gap, pitch, 40, 2);
        if (Double.isNaN(root)) {
            throw new IllegalArgumentException("no lean within 40 degrees lets " + a + " and " + b + " both touch down");
        }
        return root;
    }

    /**
     * The zero of {@code f} nearest {@code start} within {@code span} either side: searched outward
     * from {@code start} in steps of {@code step}, then narrowed by bisection. NaN when {@code f}
     * keeps its sign over the whole span.
     */
    static double nearestRoot(java.util.function.DoubleUnaryOperator f, double start, double span, double step) {
        double here = f.applyAsDouble(start);
        if (here == 0) {
            return start;
        }
        double up = here;
        double down = here;
        for (double d = step; d <= span + 1e-9; d += step) {
            double upNext = f.applyAsDouble(start + d);
            if (Math.signum(upNext) != Math.signum(up)) {
                return bisect(f, start + d - step, up, start + d);
            }
            double downNext = f.applyAsDouble(start - d);
            if (Math.signum(downNext) != Math.signum(down)) {
                return bisect(f, start - d + step, down, start - d);
            }
            up = upNext;
            down = downNext;
        }
        return Double.NaN;
    }

    private static double bisect(java.util.function.DoubleUnaryOperator f, double lo, double loValue, double hi) {
        for (int i = 0; i < 14; i++) {
            double mid = (lo + hi) / 2;
            double value = f.applyAsDouble(mid);
            if (Math.signum(value) == Math.signum(loValue)) {
                lo = mid;
                loValue = value;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    private static PlacedTool place(ToolSpec t, Map<String, Segment> named) {
        Tool tool = Tool.fromId(t.tool());
        if (t.on() == null) {
            double[] xyz = t.at();
            if (xyz == null || xyz.length < 3) {
                throw new IllegalArgumentException("tool " + t.tool() + " needs 'on' a segment or 'at' [x, y, z]");
            }
            return new PlacedTool(tool, new Vec(xyz[0], xyz[1], xyz[2]), Vec.Z, Vec.Y);
        }
        Segment s = segment(named, t.on());
        double at = t.t() == null ? 0.5 : t.t();
        Vec d = s.direction(t.side());
        Vec along = s.axis().unit();
        Vec axis = along.cross(d).unit();
        if (tool != Tool.BALL && tool != Tool.MASSAGE_GUN) {
            // A roller or peanut lies level, across the limb (or along it), whichever way the limb turns.
            Vec level = along.cross(Vec.Y);
            if (level.length() > 0.35) {
                axis = Boolean.TRUE.equals(t.along()) ? Vec.Y.cross(level).unit() : level.unit();
                Vec square = d.minus(axis.times(d.dot(axis)));
                d = square.length() < 1e-6 ? d : square.unit();
            } else if (Boolean.TRUE.equals(t.along())) {
                axis = along;
            }
        }
        Vec centre = s.at(at).plus(d.times(s.extent(at, d) + PlacedTool.radius(tool)));
        return new PlacedTool(tool, centre, axis, d.times(-1));
    }

    static Segment segment(Map<String, Segment> named, String name) {
        Segment s = named.get(name);
        if (s == null) {
            throw new IllegalArgumentException("no body segment '" + name + "' (segments are pelvis, chest, neck, head, "
                    + "and thigh, shank, foot, upper-arm, forearm, hand with -right or -left)");
        }
        return s;
    }

    Segment segment(String name) {
        return segment(byName, name);
    }

    /** The lowest height reached by the named parts: segments, groups ("leg-right"), "tool" or "tool-N"; all when empty. */
    double lowest(List<String> parts) {
        double low = Double.MAX_VALUE;
        for (Segment s : segments) {
            if (parts.isEmpty() || parts.contains(s.name()) || parts.contains(s.group())) {
                low = Math.min(low, s.lowest());
            }
        }
        for (int i = 0; i < tools.size(); i++) {
            if (parts.isEmpty() || parts.contains("tool") || parts.contains("tool-" + i)) {
                low = Math.min(low, tools.get(i).lowest());
            }
        }
        if (low == Double.MAX_VALUE) {
            throw new IllegalArgumentException("no part named " + parts);
        }
        return low;
    }

    /** Every height something can rest on: the floor, the bed the figure is laid on, tops of furniture. */
    List<Double> surfaces() {
        List<Double> heights = new ArrayList<>(List.of(0.0));
        if (spec.body().restOn() != null) {
            heights.add(spec.body().restOn());
        }
        spec.body().reach().values().forEach(r -> heights.add(r.height()));
        for (Prop p : spec.props()) {
            if (p.height() != null && List.of("bed", "table", "chair").contains(p.kind())) {
                heights.add(p.height());
            }
        }
        return heights;
    }

    /** How far a part is from resting on the nearest surface or wall, in cm (0 when touching). */
    double contactGap(String part) {
        double low = lowest(List.of(part));
        double gap = Double.MAX_VALUE;
        for (double h : surfaces()) {
            gap = Math.min(gap, Math.abs(low - h));
        }
        for (Prop p : spec.props()) {
            if ("wall".equals(p.kind())) {
                gap = Math.min(gap, Math.abs(wallX(p) - farthest(part, Math.signum(wallX(p) - centreX()))));
            }
        }
        return gap;
    }

    private double centreX() {
        return segment("pelvis").at(0.5).x();
    }

    /** The furthest x the part reaches in the direction {@code sign}. */
    private double farthest(String part, double sign) {
        double best = -Double.MAX_VALUE;
        Vec dir = new Vec(sign, 0, 0);
        for (Segment s : segments) {
            if (s.name().equals(part) || s.group().equals(part)) {
                for (int i = 0; i <= 16; i++) {
                    double t = i / 16.0;
                    best = Math.max(best, sign * s.at(t).x() + s.extent(t, dir));
                }
            }
        }
        for (int i = 0; i < tools.size(); i++) {
            if (part.equals("tool") || part.equals("tool-" + i)) {
                best = Math.max(best, sign * tools.get(i).centre().x() + tools.get(i).radius());
            }
        }
        return sign * best;
    }

    /** A wall's x: given, touching the part named {@code on}, or just behind the tool it is pressed against. */
    double wallX(Prop wall) {
        if (wall.x() != null) {
            return wall.x();
        }
        if (wall.on() != null) {
            double sign = Math.signum(segment(wall.on()).at(0.5).x() - centreX());
            return farthest(wall.on(), sign == 0 ? 1 : sign);
        }
        if (wall.tool() == null || wall.tool() >= tools.size()) {
            throw new IllegalArgumentException("a wall needs 'x' or the number of the tool pressed against it");
        }
        PlacedTool t = tools.get(wall.tool());
        double sign = Math.signum(-t.normal().x());
        return t.centre().x() + sign * t.radius();
    }

    /** A point given by the data: a world point, a tool's centre, or on a segment's surface. */
    Vec point(Point p) {
        if (p.xyz() != null) {
            double[] v = p.xyz();
            return new Vec(v[0], v.length > 1 ? v[1] : 0, v.length > 2 ? v[2] : 0);
        }
        if (p.tool() != null) {
            return tools.get(p.tool()).centre();
        }
        Segment s = segment(p.on());
        double t = p.t() == null ? 0.5 : p.t();
        if ("axis".equals(p.side())) {
            return s.at(t);
        }
        Vec d = s.direction(p.side());
        double out = p.out() == null ? 0 : p.out();
        return s.at(t).plus(d.times(s.extent(t, d) + out));
    }

    private Scene moved(Vec by) {
        return new Scene(spec, segments.stream().map(s -> s.moved(by)).toList(), tools.stream().map(t -> t.moved(by)).toList());
    }
}

package com.bodymap.picture;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One drawing of a position, as {@code assets/pictures/poses.json} gives it: the figure posed by
 * joint angles, the tools and furniture, the arrows, the tinted target areas and the text
 * alternative. Angles are in degrees, lengths in centimetres; the world has y up from the floor
 * and the viewer looking from +z, so an unturned figure stands facing right with its right side
 * toward the viewer.
 *
 * @param label    a short caption ("Start", "Left side"), or empty
 * @param alt      what the drawing shows, for screen readers and the PDF
 * @param camera   where the drawing is seen from; null for the side view
 * @param body     the figure's pose
 * @param tools    tools placed against the body or in the world
 * @param props    floor, wall, bed, table, chair and measuring aids
 * @param arrows   movement arrows
 * @param targets  areas tinted in their region's rating colour
 * @param contacts parts that must rest on the floor or furniture (checked by the content test)
 * @param frame    an optional crop, {left, bottom, right, top} in the view's centimetres
 * @param cutBelow an optional height (view cm) below which the drawing is cut off, the rest fitted
 *                 as usual: a standing figure shown from the knees up
 */
public record PictureSpec(String label, String alt, Camera camera, Body body, List<ToolSpec> tools, List<Prop> props,
                          List<Arrow> arrows, List<Target> targets, List<String> contacts, double[] frame,
                          Double cutBelow) {

    public PictureSpec {
        label = label == null ? "" : label;
        camera = camera == null ? new Camera(0, 0) : camera;
        tools = tools == null ? List.of() : List.copyOf(tools);
        props = props == null ? List.of() : List.copyOf(props);
        arrows = arrows == null ? List.of() : List.copyOf(arrows);
        targets = targets == null ? List.of() : List.copyOf(targets);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }

    public PictureSpec(String label, String alt, Camera camera, Body body, List<ToolSpec> tools, List<Prop> props,
                       List<Arrow> arrows, List<Target> targets, List<String> contacts, double[] frame) {
        this(label, alt, camera, body, tools, props, arrows, targets, contacts, frame, null);
    }

    /** Seen from the side when both are 0; yaw turns the viewer round the figure, pitch 90 looks straight down. */
    public record Camera(double yaw, double pitch) {
    }

    /**
     * The figure: its hip centre {@code at} (x, z; or x, y, z), its trunk's lean back from upright
     * ({@code pitch}, 90 lies on the back, -90 face down, head to the right), its turn about its own
     * long axis ({@code roll}, 90 turns the face away from the viewer) and about the vertical
     * ({@code yaw}). It is then lowered onto {@code restOn} (the floor, 0, unless on a bed) by its
     * lowest part among {@code restParts} (every part and tool when empty). {@code balance} names
     * two supports: the lean is adjusted within 40 degrees until both touch. {@code reach} names
     * parts that must touch down too, each with the joint ("left.knee", "right.shoulder") whose
     * flexion is adjusted, nearest its given value, until it does: onto the floor, or onto the
     * height {@code to} (a table top).
     */
    public record Body(double[] at, double pitch, double roll, double yaw, Double restOn, List<String> restParts,
                       List<String> balance, Map<String, Reach> reach, Joint spine, Joint neck, Limb right, Limb left) {
        public Body {
            at = at == null ? new double[] {0, 0} : at;
            restParts = restParts == null ? List.of() : List.copyOf(restParts);
            balance = balance == null ? List.of() : List.copyOf(balance);
            reach = reach == null ? Map.of() : new LinkedHashMap<>(reach);
            spine = spine == null ? Joint.NONE : spine;
            neck = neck == null ? Joint.NONE : neck;
            right = right == null ? Limb.NONE : right;
            left = left == null ? Limb.NONE : left;
        }

        /** The flexion of a joint named "spine", "neck" or side.joint ("left.knee"). */
        double flexOf(String joint) {
            return switch (joint) {
                case "spine" -> spine.flex();
                case "neck" -> neck.flex();
                default -> limb(joint).joint(jointName(joint)).flex();
            };
        }

        /** This pose with one joint's flexion changed. */
        Body withFlex(String joint, double flex) {
            Joint spine2 = joint.equals("spine") ? spine.withFlex(flex) : spine;
            Joint neck2 = joint.equals("neck") ? neck.withFlex(flex) : neck;
            Limb right2 = joint.startsWith("right.") ? right.withFlex(jointName(joint), flex) : right;
            Limb left2 = joint.startsWith("left.") ? left.withFlex(jointName(joint), flex) : left;
            return new Body(at, pitch, roll, yaw, restOn, restParts, balance, reach, spine2, neck2, right2, left2);
        }

        private Limb limb(String joint) {
            if (joint.startsWith("right.")) {
                return right;
            }
            if (joint.startsWith("left.")) {
                return left;
            }
            throw new IllegalArgumentException("unknown joint '" + joint + "' (spine, neck, or right. or left. with "
                    + "hip, knee, ankle, shoulder, elbow, wrist)");
        }

        private static String jointName(String joint) {
            return joint.substring(joint.indexOf('.') + 1);
        }
    }

    /** A joint to bend until a part touches down, and the height it touches (the floor when absent). */
    public record Reach(String joint, Double to) {
        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public Reach(@JsonProperty("joint") String joint, @JsonProperty("to") Double to) {
            this.joint = joint;
            this.to = to;
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Reach of(String joint) {
            return new Reach(joint, null);
        }

        double height() {
            return to == null ? 0 : to;
        }
    }

    /** One side's joints; angles from standing with the arms by the sides and the thumbs forward. */
    public record Limb(Joint hip, Joint knee, Joint ankle, Joint shoulder, Joint elbow, Joint wrist) {
        static final Limb NONE = new Limb(null, null, null, null, null, null);

        public Limb {
            hip = hip == null ? Joint.NONE : hip;
            knee = knee == null ? Joint.NONE : knee;
            ankle = ankle == null ? Joint.NONE : ankle;
            shoulder = shoulder == null ? Joint.NONE : shoulder;
            elbow = elbow == null ? Joint.NONE : elbow;
            wrist = wrist == null ? Joint.NONE : wrist;
        }

        Joint joint(String name) {
            return switch (name) {
                case "hip" -> hip;
                case "knee" -> knee;
                case "ankle" -> ankle;
                case "shoulder" -> shoulder;
                case "elbow" -> elbow;
                case "wrist" -> wrist;
                default -> throw new IllegalArgumentException("unknown joint '" + name + "'");
            };
        }

        Limb withFlex(String name, double flex) {
            joint(name);
            return new Limb(name.equals("hip") ? hip.withFlex(flex) : hip, name.equals("knee") ? knee.withFlex(flex) : knee,
                    name.equals("ankle") ? ankle.withFlex(flex) : ankle,
                    name.equals("shoulder") ? shoulder.withFlex(flex) : shoulder,
                    name.equals("elbow") ? elbow.withFlex(flex) : elbow, name.equals("wrist") ? wrist.withFlex(flex) : wrist);
        }
    }

    /**
     * A joint's angles: {@code flex} (flexion; at the ankle, pointing the toes; at the spine and
     * neck, bending forward), {@code abd} (abduction, away from the midline; at the spine and neck,
     * bending to the right) and {@code rot} (external rotation; at the elbow, turning the palm down;
     * at the spine and neck, turning to the right). A plain number is the flexion alone.
     */
    public record Joint(double flex, double abd, double rot) {
        static final Joint NONE = new Joint(0, 0, 0);

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public Joint(@JsonProperty("flex") double flex, @JsonProperty("abd") double abd, @JsonProperty("rot") double rot) {
            this.flex = flex;
            this.abd = abd;
            this.rot = rot;
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Joint flexion(double flex) {
            return new Joint(flex, 0, 0);
        }

        Joint withFlex(double value) {
            return new Joint(value, abd, rot);
        }
    }

    /**
     * A tool against a body segment ({@code on}, a fraction {@code t} along it, on its
     * {@code side}: front, back, outer, inner, left, right, top or bottom) or at a world point
     * ({@code at}). A roller lies across the segment unless {@code along} is set.
     */
    public record ToolSpec(String tool, String on, Double t, String side, double[] at, Boolean along) {
    }

    /**
     * Furniture and measuring aids. Kinds: wall (at {@code x}, touching segment {@code on}, or just behind tool {@code tool}),
     * bed and table (from {@code x} to {@code x2}, top at {@code height}), chair (seat front at
     * {@code x}, seat at {@code height}, back toward -x unless {@code flip}), phone (lying on
     * segment {@code on} at {@code t} on {@code side}), ruler (upright at point {@code from}, {@code height} tall),
     * tape (from point {@code from} to point {@code to}), level (a dashed horizontal line from point
     * {@code from}, {@code length} long, with an arc to segment {@code on}).
     */
    public record Prop(String kind, Double x, Double x2, Double height, Integer tool, String on, Double t,
                       String side, Point from, Point to, Double length, Boolean flip) {
    }

    /**
     * A point: {@code xyz} in the world, or on the surface of segment {@code on} at
     * {@code t} on {@code side} ("axis": on its axis), {@code out} centimetres further out; or the centre of tool
     * number {@code tool}.
     */
    public record Point(String on, Double t, String side, Double out, Integer tool, double[] xyz) {
        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public Point(@JsonProperty("on") String on, @JsonProperty("t") Double t, @JsonProperty("side") String side,
                     @JsonProperty("out") Double out, @JsonProperty("tool") Integer tool, @JsonProperty("xyz") double[] xyz) {
            this.on = on;
            this.t = t;
            this.side = side;
            this.out = out;
            this.tool = tool;
            this.xyz = xyz;
        }

    }

    /**
     * An arrow. {@code along}: beside segment {@code on} from {@code from} to {@code to} (fractions
     * along it), {@code out} cm outside its {@code side}. {@code line}: from point {@code start} to
     * point {@code end}. {@code arc}: round point {@code centre} at {@code radius}, from angle
     * {@code from} to {@code to} (degrees on the drawing, 0 pointing right, counter-clockwise).
     * {@code circle}: a nearly closed loop round {@code centre}. {@code heads} is 1 or 2.
     */
    public record Arrow(String kind, String on, Double from, Double to, String side, Double out, Point start,
                        Point end, Point centre, Double radius, Integer heads) {
        public int headCount() {
            return heads == null ? 2 : heads;
        }
    }

    /**
     * An area tinted in the rating colour of {@code region}: segment {@code on} from
     * {@code from} to {@code to} along it, on its {@code side} (or "all" round it), spreading
     * {@code spread} degrees either side of that direction (70 unless given). {@code deep} draws
     * its edge dashed, for a muscle under another.
     */
    public record Target(String region, String on, double from, double to, String side, Double spread, Boolean deep) {
    }
}

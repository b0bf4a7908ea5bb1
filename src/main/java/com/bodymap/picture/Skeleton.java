package com.bodymap.picture;

import com.bodymap.picture.BodyPlan.SegmentPlan;
import com.bodymap.picture.PictureSpec.Body;
import com.bodymap.picture.PictureSpec.Joint;
import com.bodymap.picture.PictureSpec.Limb;
import java.util.ArrayList;
import java.util.List;

/**
 * Poses the figure: forward kinematics from the hip centre out to the hands, feet and head. Each
 * joint turns its segment in the frame of the one it hangs from (x forward, y up, z to the body's
 * right), flexion first, then abduction, then rotation.
 */
final class Skeleton {
    private final BodyPlan plan;

    Skeleton(BodyPlan plan) {
        this.plan = plan;
    }

    /** The posed segments with the hip centre at {@code origin}, turned by {@code pitch}. */
    List<Segment> pose(Body body, Vec origin, double pitch) {
        List<Segment> out = new ArrayList<>();
        Rot root = Rot.aboutY(body.yaw()).times(Rot.aboutZ(pitch)).times(Rot.aboutY(body.roll()));
        SegmentPlan pelvis = plan.segment("pelvis");
        out.add(segment("pelvis", "torso", origin, root, pelvis, 0));
        Vec waist = origin.plus(root.apply(vec(pelvis.to())));
        Rot chestFrame = root.times(trunkJoint(body.spine()));
        SegmentPlan chest = plan.segment("chest");
        out.add(segment("chest", "torso", waist, chestFrame, chest, 0));
        Vec neckBase = waist.plus(chestFrame.apply(vec(chest.to())));
        Rot neckFrame = chestFrame.times(trunkJoint(body.neck()));
        SegmentPlan neck = plan.segment("neck");
        out.add(segment("neck", "torso", neckBase, neckFrame, neck, 0));
        Vec skullBase = neckBase.plus(neckFrame.apply(vec(neck.to())));
        out.add(segment("head", "torso", skullBase, neckFrame, plan.segment("head"), 0));
        leg(out, body.right(), 1, origin, root);
        leg(out, body.left(), -1, origin, root);
        arm(out, body.right(), 1, waist, chestFrame);
        arm(out, body.left(), -1, waist, chestFrame);
        return out;
    }

    private void leg(List<Segment> out, Limb limb, int side, Vec origin, Rot root) {
        String suffix = side > 0 ? "-right" : "-left";
        String group = "leg" + suffix;
        Vec hip = origin.plus(root.apply(new Vec(0, 0, side * plan.hipJointHalfWidth())));
        Rot thigh = root.times(limbJoint(limb.hip(), side));
        out.add(limbSegment("thigh" + suffix, group, hip, thigh, "thigh", side));
        Vec knee = hip.plus(thigh.apply(new Vec(0, -plan.length("thigh"), 0)));
        Rot shank = thigh.times(Rot.aboutZ(-limb.knee().flex()));
        out.add(limbSegment("shank" + suffix, group, knee, shank, "shank", side));
        Vec ankle = knee.plus(shank.apply(new Vec(0, -plan.length("shank"), 0)));
        Rot foot = shank.times(Rot.aboutY(-side * limb.ankle().rot())).times(Rot.aboutZ(-limb.ankle().flex()));
        SegmentPlan footPlan = plan.segment("foot");
        Vec start = ankle.plus(foot.apply(vec(footPlan.from())));
        Vec end = ankle.plus(foot.apply(vec(footPlan.to())));
        // The foot's cross-sections are measured up (its top) and down (its sole).
        out.add(new Segment("foot" + suffix, group, start, end, foot.yAxis(), foot.zAxis(), side, footPlan.stations()));
    }

    private void arm(List<Segment> out, Limb limb, int side, Vec waist, Rot chest) {
        String suffix = side > 0 ? "-right" : "-left";
        String group = "arm" + suffix;
        Vec shoulder = waist.plus(chest.apply(new Vec(0.5, plan.shoulderJointHeight(), side * plan.shoulderJointHalfWidth())));
        Rot upper = chest.times(limbJoint(limb.shoulder(), side));
        out.add(limbSegment("upper-arm" + suffix, group, shoulder, upper, "upper-arm", side));
        Vec elbow = shoulder.plus(upper.apply(new Vec(0, -plan.length("upper-arm"), 0)));
        Rot fore = upper.times(Rot.aboutZ(limb.elbow().flex())).times(Rot.aboutY(side * limb.elbow().rot()));
        out.add(limbSegment("forearm" + suffix, group, elbow, fore, "forearm", side));
        Vec wrist = elbow.plus(fore.apply(new Vec(0, -plan.length("forearm"), 0)));
        Rot hand = fore.times(Rot.aboutX(side * limb.wrist().flex())).times(Rot.aboutZ(limb.wrist().abd()));
        Vec tip = wrist.plus(hand.apply(new Vec(0, -plan.length("hand"), 0)));
        // The palm faces the body's midline when the arm hangs with the thumb forward.
        Vec palm = hand.zAxis().times(-side);
        out.add(new Segment("hand" + suffix, group, wrist, tip, palm, hand.xAxis().times(side), side,
                plan.segment("hand").stations()));
    }

    private Segment limbSegment(String name, String group, Vec joint, Rot frame, String kind, int side) {
        Vec end = joint.plus(frame.apply(new Vec(0, -plan.length(kind), 0)));
        return new Segment(name, group, joint, end, frame.xAxis(), frame.zAxis(), side, plan.segment(kind).stations());
    }

    private static Segment segment(String name, String group, Vec joint, Rot frame, SegmentPlan p, int side) {
        return new Segment(name, group, joint.plus(frame.apply(vec(p.from()))), joint.plus(frame.apply(vec(p.to()))),
                frame.xAxis(), frame.zAxis(), side, p.stations());
    }

    /** Flexion bends forward, abduction bends to the right, rotation turns to the right. */
    private static Rot trunkJoint(Joint j) {
        return Rot.aboutZ(-j.flex()).times(Rot.aboutX(j.abd())).times(Rot.aboutY(-j.rot()));
    }

    /** Hip or shoulder: flexion swings the limb forward, abduction out to its side, external rotation turns its front outward. */
    private static Rot limbJoint(Joint j, int side) {
        return Rot.aboutZ(j.flex()).times(Rot.aboutX(-side * j.abd())).times(Rot.aboutY(-side * j.rot()));
    }

    private static Vec vec(double[] xy) {
        if (xy == null) {
            return Vec.ZERO;
        }
        return new Vec(xy[0], xy.length > 1 ? xy[1] : 0, xy.length > 2 ? xy[2] : 0);
    }
}

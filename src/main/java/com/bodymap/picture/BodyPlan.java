package com.bodymap.picture;

import java.util.List;
import java.util.Map;

/**
 * The proportions of the drawn figure, read from {@code assets/pictures/body.json}: limb lengths
 * as fractions of the standing height (Drillis and Contini's table of segment lengths), the joint
 * spacing, and for every segment its shape as a few cross-sections along its axis.
 *
 * @param height                   standing height in centimetres
 * @param lengths                  limb lengths as fractions of the height: thigh, shank, upper-arm, forearm, hand
 * @param hipJointHalfWidth        distance of each hip joint from the midline, cm
 * @param shoulderJointHalfWidth   distance of each shoulder joint from the midline, cm
 * @param shoulderJointHeight      height of the shoulder joints on the chest's axis, from the waist, cm
 * @param segments                 shape of each kind of segment: pelvis, chest, neck, head, thigh, shank,
 *                                 foot, upper-arm, forearm, hand
 */
public record BodyPlan(String about, double height, Map<String, Double> lengths, double hipJointHalfWidth,
                       double shoulderJointHalfWidth, double shoulderJointHeight, Map<String, SegmentPlan> segments) {

    public BodyPlan {
        lengths = Map.copyOf(lengths);
        segments = Map.copyOf(segments);
    }

    /** A limb's length in centimetres. */
    double length(String kind) {
        Double fraction = lengths.get(kind);
        if (fraction == null) {
            throw new IllegalStateException("body.json gives no length for '" + kind + "'");
        }
        return fraction * height;
    }

    SegmentPlan segment(String kind) {
        SegmentPlan plan = segments.get(kind);
        if (plan == null) {
            throw new IllegalStateException("body.json has no shape for '" + kind + "'");
        }
        return plan;
    }

    /**
     * One segment's shape. {@code from} and {@code to} place its axis in the frame of the joint it
     * hangs from (x forward, y up, in cm); when absent, a limb runs straight down its length.
     * Each station is {t, front, back, side}: the half-depths in front of and behind the axis and
     * the half-width to each side, a fraction t of the way along it.
     */
    public record SegmentPlan(double[] from, double[] to, List<double[]> stations) {
        public SegmentPlan {
            stations = List.copyOf(stations);
        }
    }
}

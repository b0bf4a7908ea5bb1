package com.bodymap.wizard;

import com.bodymap.model.Side;
import com.bodymap.model.check.CheckDefinition;
import com.bodymap.model.check.MeasureKind;
import com.bodymap.model.check.ReadingChoice;
import com.bodymap.model.check.ReadingOption;
import com.bodymap.model.check.ReleaseStep;
import com.bodymap.model.check.Threshold;
import com.bodymap.model.check.ThresholdBasis;
import com.bodymap.model.check.ThresholdRule;
import com.bodymap.model.check.ThresholdScale;
import com.bodymap.model.check.TighterWhen;
import com.bodymap.model.check.ValidRange;
import java.util.List;

/** Check definitions for tests, shaped like the bundled ones but independent of them. */
public final class CheckFixtures {
    private CheckFixtures() {
    }

    public static CheckDefinition kneeToWall() {
        return numeric("knee-to-wall", "Knee-to-wall", "calf", MeasureKind.CENTIMETRES, new ValidRange(0, 30, 1),
                TighterWhen.SMALLER, true,
                new Threshold(2.0, ThresholdScale.ABSOLUTE, ThresholdRule.EXCEEDS, ThresholdBasis.MEASUREMENT_ERROR,
                        List.of("powden-2015"), "More than 2 cm is real."),
                new ReleaseStep(7, "Calves", List.of("calf"), List.of("calf-roll"), null));
    }

    public static final ReadingChoice ABOVE_BELOW = new ReadingChoice("Above or below horizontal?", 90, List.of(
            new ReadingOption("above", "Above horizontal", 1, 0), new ReadingOption("below", "Below horizontal", -1, 0)));
    public static final ReadingChoice UPRIGHT = new ReadingChoice("Short of upright or past it?", 90, List.of(
            new ReadingOption("short", "Short of upright", 1, 0), new ReadingOption("past", "Past upright", -1, 180)));

    public static CheckDefinition thomas() {
        return withReading(thomasPlain(), ABOVE_BELOW);
    }

    /** The Thomas test as saved runs before reading choices had it: a signed angle typed with its minus. */
    static CheckDefinition thomasPlain() {
        return numeric("modified-thomas", "Modified Thomas test", "hip-flexors", MeasureKind.DEGREES,
                new ValidRange(-45, 45, 0), TighterWhen.LARGER, false,
                new Threshold(7.0, ThresholdScale.ABSOLUTE, ThresholdRule.EXCEEDS, ThresholdBasis.ROUGH_GUIDE,
                        List.of("peeler-anderson-2008"), "Rough guide."),
                new ReleaseStep(1, "Hip flexors", List.of("hip-flexors"), List.of("hip-flexor-ball"), null));
    }

    public static CheckDefinition proneKneeBend() {
        return withReading(numeric("prone-knee-bend", "Prone knee bend", "quadriceps", MeasureKind.DEGREES,
                new ValidRange(0, 170, 0), TighterWhen.SMALLER, true,
                new Threshold(11.0, ThresholdScale.ABSOLUTE, ThresholdRule.EXCEEDS, ThresholdBasis.MEASUREMENT_ERROR,
                        List.of("peeler-anderson-2008-ely"), "More than 11 degrees."),
                new ReleaseStep(2, "Quadriceps", List.of("quadriceps"), List.of("quadriceps-roll"), null)), UPRIGHT);
    }

    public static CheckDefinition faber() {
        return numeric("figure-four", "Figure-4 (FABER) knee height", "glutes", MeasureKind.CENTIMETRES,
                new ValidRange(0, 60, 1), TighterWhen.LARGER, false,
                new Threshold(4.0, ThresholdScale.ABSOLUTE, ThresholdRule.EXCEEDS, ThresholdBasis.MEASUREMENT_ERROR,
                        List.of("ijspt-2016-faber"), "More than 4 cm."),
                new ReleaseStep(8, "Glutes", List.of("glutes"), List.of("glutes-roll"), null, true));
    }

    public static CheckDefinition straightLegRaise() {
        return numeric("straight-leg-raise", "Straight-leg raise", "hamstrings", MeasureKind.DEGREES,
                new ValidRange(0, 120, 0), TighterWhen.SMALLER, true,
                new Threshold(15.0, ThresholdScale.PERCENT, ThresholdRule.AT_LEAST, ThresholdBasis.ROUGH_GUIDE,
                        List.of("knapik-1991"), "15% or more."),
                new ReleaseStep(5, "Hamstrings", List.of("hamstrings"), List.of("hamstring-roll"), null));
    }

    public static CheckDefinition ober() {
        CheckDefinition base = numeric("modified-ober", "Modified Ober test", "it-band", MeasureKind.DEGREES,
                new ValidRange(-60, 30, 0), TighterWhen.LARGER, false,
                new Threshold(7.0, ThresholdScale.ABSOLUTE, ThresholdRule.EXCEEDS, ThresholdBasis.ROUGH_GUIDE,
                        List.of("ferber-2010"), "Rough guide."),
                new ReleaseStep(4, "Outer thigh", List.of("it-band"), List.of("outer-thigh-instead"), null));
        return new CheckDefinition(base.id(), base.name(), List.of("it-band", "tfl"), base.equipment(), base.position(),
                base.measure(), base.firstSide(), base.kind(), base.range(), base.tighterWhen(), base.percentApplies(),
                null, null, base.threshold(), null,
                List.of(base.releases().get(0), new ReleaseStep(6, "TFL", List.of("tfl"), List.of("tfl-ball"), null)),
                ABOVE_BELOW, false);
    }

    public static CheckDefinition figureFour() {
        return numeric("figure-four-feel", "Figure-4 stretch", "glutes", MeasureKind.RATING_0_10,
                new ValidRange(0, 10, 0), TighterWhen.LARGER, false,
                new Threshold(2.0, ThresholdScale.ABSOLUTE, ThresholdRule.EXCEEDS, ThresholdBasis.ROUGH_GUIDE,
                        List.of("guan-2022"), "Rough guide."),
                new ReleaseStep(8, "Glutes", List.of("glutes"), List.of("glutes-roll"), "Not in a flare-up."));
    }

    public static CheckDefinition overheadReach() {
        return new CheckDefinition("overhead-reach", "Overhead reach", List.of("lats"), "The floor.",
                "Lie on your back.", "Does the arm reach the floor?", Side.LEFT, MeasureKind.PASS_FAIL, null,
                TighterWhen.SMALLER, false, "Reaches", "Stops short",
                new Threshold(null, ThresholdScale.ABSOLUTE, ThresholdRule.EXCEEDS, ThresholdBasis.ROUGH_GUIDE,
                        List.of("kendall-lat-length"), "Rough guide."), null,
                List.of(new ReleaseStep(9, "Lats", List.of("lats"), List.of("lat-roll"), null)));
    }

    public static CheckDefinition withReading(CheckDefinition c, ReadingChoice reading) {
        return new CheckDefinition(c.id(), c.name(), c.regions(), c.equipment(), c.position(), c.measure(), c.firstSide(),
                c.kind(), c.range(), c.tighterWhen(), c.percentApplies(), c.passLabel(), c.failLabel(), c.threshold(),
                c.note(), c.releases(), reading, c.retired());
    }

    public static CheckDefinition retired(CheckDefinition c) {
        return new CheckDefinition(c.id(), c.name(), c.regions(), c.equipment(), c.position(), c.measure(), c.firstSide(),
                c.kind(), c.range(), c.tighterWhen(), c.percentApplies(), c.passLabel(), c.failLabel(), c.threshold(),
                c.note(), c.releases(), c.reading(), true);
    }

    static CheckDefinition numeric(String id, String name, String region, MeasureKind kind, ValidRange range,
                                   TighterWhen tighter, boolean percent, Threshold threshold, ReleaseStep release) {
        return new CheckDefinition(id, name, List.of(region), "Equipment.", "Get into position.", "Measure this.",
                Side.LEFT, kind, range, tighter, percent, null, null, threshold, null, List.of(release));
    }
}

package com.bodymap.model.check;

import com.bodymap.model.Side;
import java.util.List;

/**
 * One left/right self-test, as assets/checks/checks.json describes it.
 *
 * @param regions        ids of the regions it tests (the wizard proposes it from their pages)
 * @param equipment      what the user needs
 * @param position       how to get into position
 * @param measure        what to measure and how
 * @param firstSide      which side to test first
 * @param range          values kept per side; null for pass/fail. With a {@code reading}, this is
 *                       the range of the kept value (-45 to 45 for 45° below to 45° above)
 * @param percentApplies whether a percentage difference means anything (false for angles that
 *                       can be negative or sit near zero, and for pass/fail)
 * @param passLabel      for pass/fail checks: what a pass looks like
 * @param failLabel      for pass/fail checks: what a fail looks like
 * @param note           anything else worth knowing when reading the result
 * @param releases       where to work when this check shows an imbalance
 * @param reading        for readings that need a word as well as a number (above or below
 *                       horizontal); null when the number alone says it
 * @param retired        no longer offered by the wizard, kept so that runs saved with it still read
 */
public record CheckDefinition(
        String id,
        String name,
        List<String> regions,
        String equipment,
        String position,
        String measure,
        Side firstSide,
        MeasureKind kind,
        ValidRange range,
        TighterWhen tighterWhen,
        boolean percentApplies,
        String passLabel,
        String failLabel,
        Threshold threshold,
        String note,
        List<ReleaseStep> releases,
        ReadingChoice reading,
        boolean retired) {

    public CheckDefinition {
        regions = regions == null ? List.of() : List.copyOf(regions);
        releases = releases == null ? List.of() : List.copyOf(releases);
    }

    /** A check whose number says it all, offered by the wizard. */
    public CheckDefinition(String id, String name, List<String> regions, String equipment, String position,
                           String measure, Side firstSide, MeasureKind kind, ValidRange range, TighterWhen tighterWhen,
                           boolean percentApplies, String passLabel, String failLabel, Threshold threshold, String note,
                           List<ReleaseStep> releases) {
        this(id, name, regions, equipment, position, measure, firstSide, kind, range, tighterWhen, percentApplies,
                passLabel, failLabel, threshold, note, releases, null, false);
    }

    /** The allowed values: a pass/fail check has exactly 0 (fail) and 1 (pass). */
    public ValidRange effectiveRange() {
        return kind == MeasureKind.PASS_FAIL ? new ValidRange(0, 1, 0) : range;
    }

    public boolean tests(String regionId) {
        return regions.contains(regionId);
    }

    /** The sides in the order the user tests them. */
    public List<Side> sidesInOrder() {
        return firstSide == Side.RIGHT ? List.of(Side.RIGHT, Side.LEFT) : List.of(Side.LEFT, Side.RIGHT);
    }
}

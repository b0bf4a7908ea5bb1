package com.bodymap.model.check;

import com.bodymap.model.Side;

/**
 * One check's verdict: the two values, the gap (absolute, in the check's unit, and as a percentage
 * of the larger side where that means anything), whether it counts, and which side is tighter.
 * Differences and the tighter side are null when a side is missing; the tighter side is also null
 * when the sides are equal.
 */
public record CheckComparison(
        CheckDefinition check,
        Double left,
        Double right,
        Double difference,
        Double percentDifference,
        Verdict verdict,
        Side tighterSide) {

    public Side missingSide() {
        if (left == null && right == null) {
            return Side.MIDLINE;
        }
        if (left == null) {
            return Side.LEFT;
        }
        return right == null ? Side.RIGHT : null;
    }
}

package com.bodymap.model.check;

/**
 * The values a user may enter for one side, and how many decimal places. Anything outside is
 * refused with a message, not clamped: a typo should be fixed, not guessed at.
 */
public record ValidRange(double min, double max, int decimals) {

    public boolean contains(double value) {
        return value >= min && value <= max;
    }

    public boolean allowsNegative() {
        return min < 0;
    }
}

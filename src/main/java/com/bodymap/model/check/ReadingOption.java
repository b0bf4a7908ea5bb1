package com.bodymap.model.check;

/**
 * One answer to a reading's question, such as "Below horizontal". The value kept for the side is
 * {@code offset + sign × reading}: below horizontal keeps 10 as -10; a shin 50° past upright keeps
 * a knee bend of 180 - 50 = 130.
 */
public record ReadingOption(String id, String label, int sign, double offset) {

    public double valueOf(double reading) {
        return offset + sign * reading;
    }

    /** The reading that gives {@code value} with this option; negative when this option cannot give it. */
    public double readingOf(double value) {
        return (value - offset) * sign;
    }
}

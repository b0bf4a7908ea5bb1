package com.bodymap.model;

/**
 * How much: seconds per spot or side, how many passes or sets, how often. {@code text} is the
 * whole dose in words for cards and sheets.
 */
public record Dose(Integer seconds, String per, String sets, String frequency, String text) {

    /** "60 s per side" or the text alone when no seconds apply. */
    public String shortForm() {
        if (seconds != null && per != null) {
            return seconds + " s per " + per;
        }
        return text;
    }
}

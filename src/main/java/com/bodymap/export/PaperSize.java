package com.bodymap.export;

import java.util.Locale;

/** The two paper sizes sheets are laid out for, in PDF points (1/72 inch). */
public enum PaperSize {
    A4("A4", 595.2756f, 841.8898f),
    LETTER("Letter", 612f, 792f);

    private final String label;
    private final float width;
    private final float height;

    PaperSize(String label, float width, float height) {
        this.label = label;
        this.width = width;
        this.height = height;
    }

    public String label() { return label; }

    public float width() { return width; }

    public float height() { return height; }

    /** Letter in the United States and Canada (and a few others), A4 everywhere else. */
    public static PaperSize forLocale(Locale locale) {
        return switch (locale.getCountry()) {
            case "US", "CA", "MX", "PH", "CL", "CO", "VE", "PR" -> LETTER;
            default -> A4;
        };
    }

    /** The size nearest to a sheet of paper given in points, for a printer's chosen paper. */
    public static PaperSize closestTo(double width, double height) {
        double w = Math.min(width, height);
        double h = Math.max(width, height);
        PaperSize best = A4;
        double bestDistance = Double.MAX_VALUE;
        for (PaperSize p : values()) {
            double d = Math.abs(p.width - w) + Math.abs(p.height - h);
            if (d < bestDistance) {
                bestDistance = d;
                best = p;
            }
        }
        return best;
    }

    /** Parses "a4" or "letter" as typed on the command line. */
    public static PaperSize parse(String text) {
        for (PaperSize p : values()) {
            if (p.name().equalsIgnoreCase(text) || p.label.equalsIgnoreCase(text)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown paper size '" + text + "' (use a4 or letter)");
    }
}

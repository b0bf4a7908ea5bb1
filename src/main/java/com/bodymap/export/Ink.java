package com.bodymap.export;

import com.bodymap.model.Rating;

/**
 * A colour on the sheet, as 0-255 RGB. The rating colours match the map's stylesheet; on paper
 * each rating is also told apart by its icon, word and pattern, never by colour alone.
 */
public record Ink(int red, int green, int blue) {
    public static final Ink TEXT = new Ink(0x1f, 0x23, 0x28);
    public static final Ink MUTED = new Ink(0x4a, 0x52, 0x5a);
    public static final Ink RULE = new Ink(0xb8, 0xc0, 0xc8);
    public static final Ink WHITE = new Ink(0xff, 0xff, 0xff);
    public static final Ink SKIN = new Ink(0xf1, 0xea, 0xe2);
    public static final Ink SKIN_EDGE = new Ink(0x6b, 0x5b, 0x4e);
    public static final Ink REGION_EDGE = new Ink(0xb5, 0xa8, 0x9c);

    public float r() { return red / 255f; }

    public float g() { return green / 255f; }

    public float b() { return blue / 255f; }

    /**
     * The strong colour of a rating, for frames and highlighted regions: dark enough that each
     * prints as a clear grey in black and white (the map's amber is darkened for that).
     */
    public static Ink strong(Rating rating) {
        return switch (rating) {
            case AVOID -> new Ink(0xc6, 0x28, 0x28);
            case CAUTION -> new Ink(0xa8, 0x6f, 0x00);
            case FINE -> new Ink(0x2e, 0x7d, 0x32);
        };
    }

    /** The pale tint of a rating, behind the badge's dark text. */
    public static Ink tint(Rating rating) {
        return switch (rating) {
            case AVOID -> new Ink(0xf8, 0xd7, 0xd7);
            case CAUTION -> new Ink(0xfc, 0xeb, 0xc0);
            case FINE -> new Ink(0xd6, 0xec, 0xd7);
        };
    }
}

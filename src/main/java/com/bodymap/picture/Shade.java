package com.bodymap.picture;

import com.bodymap.model.Rating;

/** A colour in a drawing, 0-255 RGB. Chosen to stay apart in black and white: pale skin, mid-grey tools, dark ink. */
public record Shade(int red, int green, int blue) {
    static final Shade INK = new Shade(0x1f, 0x23, 0x28);
    static final Shade WHITE = new Shade(0xff, 0xff, 0xff);
    static final Shade SKIN = new Shade(0xf3, 0xe3, 0xd3);
    /** Limbs on the far side, a little darker, so the near ones stand in front. */
    static final Shade SKIN_FAR = new Shade(0xdc, 0xc6, 0xb2);
    static final Shade SKIN_EDGE = new Shade(0x5a, 0x48, 0x3c);
    static final Shade TOOL = new Shade(0x3f, 0x6e, 0x9e);
    static final Shade TOOL_LIGHT = new Shade(0x8d, 0xb1, 0xd4);
    static final Shade TOOL_EDGE = new Shade(0x1d, 0x3a, 0x57);
    static final Shade FLOOR = new Shade(0xe4, 0xe6, 0xe9);
    static final Shade FLOOR_EDGE = new Shade(0x8e, 0x96, 0x9e);
    static final Shade FURNITURE = new Shade(0xd3, 0xd7, 0xdc);
    static final Shade FURNITURE_EDGE = new Shade(0x6f, 0x77, 0x80);
    static final Shade AID = new Shade(0x4a, 0x52, 0x5a);

    /** The strong colour of a rating, the same as the printed map's (export's Ink.strong). */
    static Shade strong(Rating rating) {
        return switch (rating) {
            case AVOID -> new Shade(0xc6, 0x28, 0x28);
            case CAUTION -> new Shade(0xa8, 0x6f, 0x00);
            case FINE -> new Shade(0x2e, 0x7d, 0x32);
        };
    }

    public double r() { return red / 255.0; }

    public double g() { return green / 255.0; }

    public double b() { return blue / 255.0; }
}

package com.bodymap.picture;

import com.bodymap.model.Rating;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

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
    static final Shade HAIR = new Shade(0x7a, 0x60, 0x4e);
    static final Shade RULER = new Shade(0xfb, 0xf4, 0xdc);

    /**
     * Every colour a drawing uses, by name: the screen paints each with the looked-up colour
     * -bm-sketch-NAME of the theme (a rating's with the theme's rating colour); paper keeps these.
     */
    public static final Map<String, Shade> NAMED = named();

    private static Map<String, Shade> named() {
        Map<String, Shade> m = new LinkedHashMap<>();
        m.put("ink", INK);
        m.put("white", WHITE);
        m.put("skin", SKIN);
        m.put("skin-far", SKIN_FAR);
        m.put("skin-edge", SKIN_EDGE);
        m.put("hair", HAIR);
        m.put("tool", TOOL);
        m.put("tool-light", TOOL_LIGHT);
        m.put("tool-edge", TOOL_EDGE);
        m.put("floor", FLOOR);
        m.put("floor-edge", FLOOR_EDGE);
        m.put("furniture", FURNITURE);
        m.put("furniture-edge", FURNITURE_EDGE);
        m.put("aid", AID);
        m.put("ruler", RULER);
        for (Rating r : Rating.values()) {
            m.put(r.word(), strong(r));
        }
        return Collections.unmodifiableMap(m);
    }

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

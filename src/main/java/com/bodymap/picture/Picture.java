package com.bodymap.picture;

/**
 * One drawing ready to draw at any size: what it shows (its text alternative), its short caption,
 * and a {@link Sketch} made for the size asked.
 */
public final class Picture {
    private final PictureSpec spec;
    private final SketchRenderer renderer;

    Picture(PictureSpec spec, SketchRenderer renderer) {
        this.spec = spec;
        this.renderer = renderer;
    }

    public String alt() {
        return spec.alt();
    }

    /** "Start", "Left side"..., or empty. */
    public String label() {
        return spec.label();
    }

    /** The drawing's own proportions are kept; it is centred in the box. */
    public Sketch sketch(double width, double height) {
        return renderer.render(spec, width, height);
    }

    PictureSpec spec() {
        return spec;
    }
}

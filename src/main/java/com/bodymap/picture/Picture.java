package com.bodymap.picture;

/**
 * One drawing ready to draw at any size: what it shows (its text alternative), its short caption,
 * and a {@link Sketch} made for the size asked.
 */
public final class Picture {
    /** The flattest box a drawing gets: a figure lying down is not given empty space above it. */
    public static final double FLATTEST = 2.3;

    private final PictureSpec spec;
    private final SketchRenderer renderer;
    private SketchRenderer.Composition composition;

    Picture(PictureSpec spec, SketchRenderer renderer) {
        this.spec = spec;
        this.renderer = renderer;
    }

    public String alt() {
        return spec.alt();
    }

    /** Whether the drawing tints the region with this id. */
    public boolean tints(String regionId) {
        return spec.targets().stream().anyMatch(t -> t.region().equals(regionId));
    }

    /** "Start", "Left side"..., or empty. */
    public String label() {
        return spec.label();
    }

    /** The drawing's own proportions are kept; it is centred in the box. */
    public Sketch sketch(double width, double height) {
        return renderer.draw(composition(), width, height);
    }

    /**
     * Width over height that suits the drawing: its own proportions, but never taller than
     * {@link Pictures#ASPECT} nor flatter than {@link #FLATTEST}, so a row of drawings stays even.
     */
    public double aspect() {
        return Math.max(Pictures.ASPECT, Math.min(FLATTEST, composition().aspect()));
    }

    /** The pose is solved and seen once (supports found, limbs brought down); each size only scales it. */
    private synchronized SketchRenderer.Composition composition() {
        if (composition == null) {
            composition = renderer.compose(renderer.pose(spec));
        }
        return composition;
    }

    PictureSpec spec() {
        return spec;
    }
}

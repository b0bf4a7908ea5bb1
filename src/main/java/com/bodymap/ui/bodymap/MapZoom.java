package com.bodymap.ui.bodymap;

import com.bodymap.model.View;

/**
 * How far the map is zoomed and where it looks: {@code factor} is the zoom beyond fitting the
 * whole drawing (1 = fit, at most {@link #MAX}), and ({@code x}, {@code y}) is the point of
 * {@code view}'s figure, in that figure's own coordinates, shown at the centre of the map. Tied to
 * the figure rather than to pixels, it means the same after a resize, a flip or a restart.
 */
public record MapZoom(double factor, View view, double x, double y) {
    public static final double MAX = 6;
    public static final MapZoom FIT = new MapZoom(1, null, 0, 0);

    public MapZoom {
        factor = Double.isFinite(factor) ? Math.max(1, Math.min(MAX, factor)) : 1;
        x = Double.isFinite(x) ? x : 0;
        y = Double.isFinite(y) ? y : 0;
    }

    public boolean isFit() {
        return view == null || factor <= 1.0001;
    }

    public MapZoom on(View other) {
        return new MapZoom(factor, other, x, y);
    }
}

package com.bodymap.ui.bodymap;

import javafx.geometry.Point2D;

/**
 * The arithmetic of zoom and pan, with no nodes: a world of {@code worldWidth} by
 * {@code worldHeight} units shown in a viewport of {@code viewWidth} by {@code viewHeight} pixels,
 * scaled to fit times the zoom, with the world point {@code centre} at the viewport's centre.
 * The centre is kept on the world, so the middle of the map always shows the drawing and it can
 * never be panned out of sight; at zoom 1 the world is centred. A tighter rule (no empty margin
 * once zoomed) would shift the drawing under the pointer while zooming, which users notice more.
 */
final class MapCamera {
    private final double viewWidth;
    private final double viewHeight;
    private final double worldWidth;
    private final double worldHeight;

    MapCamera(double viewWidth, double viewHeight, double worldWidth, double worldHeight) {
        this.viewWidth = viewWidth;
        this.viewHeight = viewHeight;
        this.worldWidth = worldWidth;
        this.worldHeight = worldHeight;
    }

    boolean usable() {
        return viewWidth > 0 && viewHeight > 0 && worldWidth > 0 && worldHeight > 0;
    }

    double fitScale() {
        return Math.min(viewWidth / worldWidth, viewHeight / worldHeight);
    }

    double scale(double zoom) {
        return fitScale() * zoom;
    }

    Point2D worldCentre() {
        return new Point2D(worldWidth / 2, worldHeight / 2);
    }

    /** Where world (0, 0) lands in the viewport. */
    Point2D origin(double zoom, Point2D centre) {
        double s = scale(zoom);
        return new Point2D(viewWidth / 2 - centre.getX() * s, viewHeight / 2 - centre.getY() * s);
    }

    Point2D toScreen(double zoom, Point2D centre, Point2D world) {
        Point2D o = origin(zoom, centre);
        double s = scale(zoom);
        return new Point2D(o.getX() + world.getX() * s, o.getY() + world.getY() * s);
    }

    Point2D toWorld(double zoom, Point2D centre, Point2D screen) {
        Point2D o = origin(zoom, centre);
        double s = scale(zoom);
        return new Point2D((screen.getX() - o.getX()) / s, (screen.getY() - o.getY()) / s);
    }

    /** The nearest centre that keeps the rules above. */
    Point2D clamp(double zoom, Point2D centre) {
        if (zoom <= 1.0001) {
            return worldCentre();
        }
        return new Point2D(Math.max(0, Math.min(worldWidth, centre.getX())),
                Math.max(0, Math.min(worldHeight, centre.getY())));
    }

    /** The centre after zooming to {@code newZoom} with the world point under {@code anchor} kept there. */
    Point2D zoomAbout(double zoom, Point2D centre, double newZoom, Point2D anchor) {
        Point2D world = toWorld(zoom, centre, anchor);
        double s = scale(newZoom);
        Point2D moved = new Point2D(world.getX() - (anchor.getX() - viewWidth / 2) / s,
                world.getY() - (anchor.getY() - viewHeight / 2) / s);
        return clamp(newZoom, moved);
    }

    /** The centre after the drawing is dragged by ({@code dx}, {@code dy}) pixels. */
    Point2D panBy(double zoom, Point2D centre, double dx, double dy) {
        double s = scale(zoom);
        return clamp(zoom, new Point2D(centre.getX() - dx / s, centre.getY() - dy / s));
    }
}

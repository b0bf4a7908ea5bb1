package com.bodymap.picture;

/**
 * An orthographic view of the world: {@code yaw} walks the viewer round the figure (90 looks at
 * the front of a figure facing right), {@code pitch} raises the viewer (90 looks straight down).
 * The view's x runs right, y up, and z toward the viewer (its depth).
 */
final class Camera {
    private final Rot view;
    private final Rot back;

    Camera(PictureSpec.Camera spec) {
        this.view = Rot.aboutX(spec.pitch()).times(Rot.aboutY(-spec.yaw()));
        this.back = view.inverse();
    }

    /** The point in view coordinates: x, y on the drawing, z its depth. */
    Vec see(Vec world) {
        return view.apply(world);
    }

    Pt project(Vec world) {
        Vec v = view.apply(world);
        return new Pt(v.x(), v.y());
    }

    double depth(Vec world) {
        return view.apply(world).z();
    }

    /** The world direction that appears as the drawing direction (x, y), lying square to the line of sight. */
    Vec world(double x, double y) {
        return back.apply(new Vec(x, y, 0));
    }

    /** The world direction toward the viewer. */
    Vec towardViewer() {
        return back.apply(Vec.Z);
    }

    /** Whether the floor shows as a line (a view from the side rather than from above). */
    boolean seesFloorEdgeOn() {
        return Math.abs(towardViewer().y()) < 0.7;
    }
}

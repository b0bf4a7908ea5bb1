package com.bodymap.picture;

import java.util.ArrayList;
import java.util.List;

/** An outline in a sketch's coordinates (points, y down): moves, lines, cubic curves and closes. */
public record SketchPath(List<Step> steps) {

    public SketchPath {
        steps = List.copyOf(steps);
    }

    public sealed interface Step {
    }

    public record MoveTo(double x, double y) implements Step {
    }

    public record LineTo(double x, double y) implements Step {
    }

    public record CurveTo(double x1, double y1, double x2, double y2, double x, double y) implements Step {
    }

    public record Close() implements Step {
    }

    /** This path followed by another, as one path of several parts. */
    SketchPath with(SketchPath other) {
        List<Step> all = new ArrayList<>(steps);
        all.addAll(other.steps);
        return new SketchPath(all);
    }

    /** Builds a path step by step. */
    static final class Builder {
        private final List<Step> steps = new ArrayList<>();

        Builder moveTo(double x, double y) {
            steps.add(new MoveTo(x, y));
            return this;
        }

        Builder lineTo(double x, double y) {
            steps.add(new LineTo(x, y));
            return this;
        }

        Builder curveTo(double x1, double y1, double x2, double y2, double x, double y) {
            steps.add(new CurveTo(x1, y1, x2, y2, x, y));
            return this;
        }

        Builder close() {
            steps.add(new Close());
            return this;
        }

        boolean isEmpty() {
            return steps.isEmpty();
        }

        SketchPath build() {
            return new SketchPath(steps);
        }
    }
}

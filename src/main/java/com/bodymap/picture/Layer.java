package com.bodymap.picture;

import java.util.List;

/**
 * A simple piece of a drawing in the view's centimetres: a path filled and/or outlined. The
 * outline's width is a multiple of the drawing's base line width; {@code dash} likewise.
 */
record Layer(SketchPath path, Shade fill, Shade stroke, double weight, double dash) {

    static Layer filled(SketchPath path, Shade fill, Shade stroke) {
        return new Layer(path, fill, stroke, 1, 0);
    }

    static Layer line(SketchPath path, Shade stroke, double weight) {
        return new Layer(path, null, stroke, weight, 0);
    }

    static void emit(List<Layer> layers, Fit fit, double lineWidth, List<Mark> out) {
        for (Layer l : layers) {
            SketchPath p = fit.map(l.path());
            if (l.fill() != null) {
                out.add(new Mark.Fill(p, l.fill()));
            }
            if (l.stroke() != null && l.weight() > 0) {
                out.add(new Mark.Stroke(p, l.stroke(), lineWidth * l.weight(), l.dash() * lineWidth));
            }
        }
    }

    static void grow(List<Layer> layers, double[] box) {
        layers.forEach(l -> Fit.grow(box, l.path()));
    }
}

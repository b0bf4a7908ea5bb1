package com.bodymap.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bodymap.model.IconSpot;
import org.junit.jupiter.api.Test;

class ShapeMeasureTest {
    private final SvgPathReader reader = new SvgPathReader();

    private ShapeMeasure measure(String d) {
        return new ShapeMeasure(reader.read(d));
    }

    @Test
    void thePoleOfAnLShapeIsInItsThickArmNotAtItsBoundingBoxCentre() {
        // A 100 x 100 L: a thick vertical arm (x 0..60) and a thin foot (y 80..100).
        ShapeMeasure l = measure("M 0 0 L 60 0 L 60 80 L 100 80 L 100 100 L 0 100 Z");
        IconSpot pole = l.pole(0.1);
        assertEquals(30, pole.x(), 0.5);
        assertEquals(30, pole.room(), 0.2);
        assertEquals(30, l.inscribedRadius(), 0.2);
        assertEquals(-20, l.depth(80, 60), 1e-6, "the bounding-box centre of the L is outside it, 20 units from its edge");
    }

    @Test
    void areaPiecesAndDistanceOutside() {
        ShapeMeasure two = measure("M 0 0 L 10 0 L 10 10 L 0 10 Z M 20 0 L 30 0 L 30 10 L 20 10 Z");
        assertEquals(200, two.area(), 1e-9);
        assertEquals(2, two.pieces());
        ShapeMeasure box = measure("M 0 0 L 100 0 L 100 100 L 0 100 Z");
        ShapeMeasure.Reach out = measure("M 90 40 L 107 40 L 107 60 L 90 60 Z").farthestOutside(box);
        assertEquals(7, out.distance(), 1e-9);
        assertEquals(0, measure("M 10 10 L 20 10 L 20 20 Z").farthestOutside(box).distance(), 1e-9);
    }
}

package com.bodymap.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import org.junit.jupiter.api.Test;

class SvgPathReaderTest {
    private final SvgPathReader reader = new SvgPathReader();

    private double area(String d) {
        return new ShapeMeasure(reader.read(d)).area();
    }

    @Test
    void readsAbsoluteAndRelativeLinesAsTheSameSquare() {
        assertEquals(100, area("M 0 0 L 10 0 L 10 10 L 0 10 Z"), 1e-9);
        assertEquals(100, area("m0,0 l10,0 l0,10 l-10,0 z"), 1e-9);
        assertEquals(100, area("M0 0H10V10H0Z"), 1e-9);
        assertEquals(100, area("M0 0h10v10h-10z"), 1e-9);
    }

    @Test
    void curvesKeepTheirShape() {
        // A circle of radius 10 from two arcs, and from four cubic quarter-circles (measured as
        // polygons within 0.1 of the curve, so a little under pi r squared).
        assertEquals(Math.PI * 100, area("M 0 10 A 10 10 0 0 1 20 10 A 10 10 0 0 1 0 10 Z"), 3.5);
        assertEquals(Math.PI * 100 / 2, area("M 0 10 A 10 10 0 0 1 20 10 Z"), 2, "half a circle");
        assertEquals(Math.PI * 100 / 2, area("M 0 10 a 10 10 0 1 0 20 0 Z"), 2, "the other half, relative, large arc");
        double k = 10 * 0.5523;
        String cubic = String.format(java.util.Locale.ROOT, "M 10 0 C %1$.4f 0 20 %2$.4f 20 10 S %1$.4f 20 10 20 S 0 %1$.4f 0 10 S %2$.4f 0 10 0 Z",
                10 + k, 10 - k);
        assertEquals(Math.PI * 100, area(cubic), 3.5);
        Rectangle2D b = reader.read("M 0 0 Q 10 20 20 0 T 40 0 Z").getBounds2D();
        assertEquals(40, b.getWidth(), 1e-9);
    }

    @Test
    void malformedDataNamesWhereItGoesWrong() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> reader.read("M 0 0 L 10 x"));
        assertTrue(e.getMessage().contains("character 12"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> reader.read("L 0 0"));
        assertThrows(IllegalArgumentException.class, () -> reader.read(""));
        assertThrows(IllegalArgumentException.class, () -> reader.read("M 0 0 A 5 5 0 2 1 10 0"));
    }
}

package com.bodymap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.export.PathSegment.Close;
import com.bodymap.export.PathSegment.CubicTo;
import com.bodymap.export.PathSegment.LineTo;
import com.bodymap.export.PathSegment.MoveTo;
import java.util.List;
import org.junit.jupiter.api.Test;

class SvgPathParserTest {
    private final SvgPathParser parser = new SvgPathParser();

    @Test
    void absoluteAndRelativeLinesBecomeAbsolutePoints() {
        List<PathSegment> s = parser.parse("M10,20 L30,40 l5-5 H100 h-10 V0 v7 Z");
        assertEquals(List.of(new MoveTo(10, 20), new LineTo(30, 40), new LineTo(35, 35), new LineTo(100, 35),
                new LineTo(90, 35), new LineTo(90, 0), new LineTo(90, 7), new Close()), s);
    }

    @Test
    void pairsAfterAMoveAreLines() {
        assertEquals(List.of(new MoveTo(1, 2), new LineTo(3, 4), new LineTo(5, 6)), parser.parse("M1 2 3 4 5 6"));
        assertEquals(List.of(new MoveTo(1, 2), new LineTo(4, 6)), parser.parse("m1 2 3 4"));
    }

    @Test
    void compactNumbersAreSplitAsSvgDoes() {
        // "1.5.5" is 1.5 then .5; "-2e1" is -20; a minus sign starts a new number.
        assertEquals(List.of(new MoveTo(1.5, 0.5), new LineTo(-20, 3), new LineTo(-1, -2)),
                parser.parse("M1.5.5L-2e1,3-1-2"));
    }

    @Test
    void afterClosingTheCurrentPointIsTheSubpathStart() {
        List<PathSegment> s = parser.parse("M10 10 l10 0 z l0 5");
        assertEquals(new LineTo(10, 15), s.get(3));
    }

    @Test
    void smoothCubicReflectsThePreviousControlPoint() {
        List<PathSegment> s = parser.parse("M0 0 C10 0 20 10 20 20 S30 40 40 40");
        assertEquals(new CubicTo(20, 30, 30, 40, 40, 40), s.get(2));
    }

    @Test
    void smoothCubicWithoutAPreviousCurveStartsAtTheCurrentPoint() {
        List<PathSegment> s = parser.parse("M5 5 S10 10 20 20");
        assertEquals(new CubicTo(5, 5, 10, 10, 20, 20), s.get(1));
    }

    @Test
    void quadraticsBecomeTheEquivalentCubic() {
        CubicTo c = (CubicTo) parser.parse("M0 0 Q30 30 60 0").get(1);
        assertEquals(new CubicTo(20, 20, 40, 20, 60, 0), round(c));
        CubicTo t = (CubicTo) parser.parse("M0 0 Q30 30 60 0 T120 0").get(2);
        // The reflected control point is (90, -30).
        assertEquals(new CubicTo(80, -20, 100, -20, 120, 0), round(t));
        CubicTo rel = (CubicTo) parser.parse("M10 10 q30 30 60 0").get(1);
        assertEquals(new CubicTo(30, 30, 50, 30, 70, 10), round(rel));
    }

    @Test
    void aHalfCircleArcPassesThroughItsTopAndEndsExactly() {
        List<PathSegment> s = parser.parse("M0 0 A10 10 0 0 1 20 0");
        assertEquals(3, s.size(), "180 degrees is two quarter-circle curves");
        CubicTo first = (CubicTo) s.get(1);
        CubicTo second = (CubicTo) s.get(2);
        assertEquals(10, first.x(), 1e-9);
        assertEquals(-10, first.y(), 1e-9, "sweep 1 goes through y = -10 (clockwise on screen)");
        assertEquals(20, second.x(), 0);
        assertEquals(0, second.y(), 0);
        CubicTo other = (CubicTo) parser.parse("M0 0 A10 10 0 0 0 20 0").get(1);
        assertEquals(10, other.y(), 1e-9, "sweep 0 goes the other way");
    }

    @Test
    void arcFlagsMayBeWrittenWithoutSpaces() {
        List<PathSegment> s = parser.parse("M200,15 a45,55 0 1,0 0.1,0 z");
        assertInstanceOf(Close.class, s.get(s.size() - 1));
        CubicTo last = (CubicTo) s.get(s.size() - 2);
        assertEquals(200.1, last.x(), 1e-9);
        assertEquals(List.of(new MoveTo(0, 0), new LineTo(6, 6)).get(1).getClass(),
                parser.parse("M0 0 a0 5 0 016 6").get(1).getClass(), "a zero radius draws a line");
        assertEquals(4, parser.parse("M0 0 a5 5 0 1 1 0 10 a5 5 0 1 1 0 -10").size() - 1);
    }

    @Test
    void arcsTooSmallForTheirEndpointsAreScaledUp() {
        List<PathSegment> s = parser.parse("M0 0 A1 1 0 0 1 20 0");
        CubicTo first = (CubicTo) s.get(1);
        assertEquals(-10, first.y(), 1e-9);
    }

    @Test
    void malformedDataNamesWhereItWentWrong() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parser.parse("M10 10 L20 x"));
        assertTrue(e.getMessage().contains("character 11"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> parser.parse("L10 10"));
        assertThrows(IllegalArgumentException.class, () -> parser.parse("10 10"));
        assertThrows(IllegalArgumentException.class, () -> parser.parse("M0 0 K5 5"));
        assertThrows(IllegalArgumentException.class, () -> parser.parse("M0 0 A5 5 0 2 0 5 5"));
        assertThrows(IllegalArgumentException.class, () -> parser.parse("M0 0 Z 4"));
    }

    @Test
    void emptyDataIsAnEmptyPath() {
        assertEquals(List.of(), parser.parse(""));
        assertEquals(List.of(), parser.parse(null));
    }

    private static CubicTo round(CubicTo c) {
        return new CubicTo(r(c.x1()), r(c.y1()), r(c.x2()), r(c.y2()), r(c.x()), r(c.y()));
    }

    private static double r(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}

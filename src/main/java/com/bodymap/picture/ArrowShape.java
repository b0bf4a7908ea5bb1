package com.bodymap.picture;

import com.bodymap.picture.PictureSpec.Arrow;
import java.util.ArrayList;
import java.util.List;

/**
 * A movement arrow: a line in the view's centimetres with one or two heads, drawn dark over a
 * white halo so it reads over skin, tools and floor alike. Heads keep their size in points.
 */
record ArrowShape(List<Pt> points, int heads) {

    static ArrowShape of(Arrow a, Scene scene, Camera camera) {
        String kind = a.kind() == null ? "along" : a.kind();
        List<Pt> pts = switch (kind) {
            case "along" -> along(a, scene, camera);
            case "line" -> List.of(camera.project(scene.point(need(a.start(), "start"))),
                    camera.project(scene.point(need(a.end(), "end"))));
            case "arc" -> Curves.arc(camera.project(scene.point(need(a.centre(), "centre"))), need(a.radius(), "radius"),
                    need(a.from(), "from"), need(a.to(), "to"));
            case "circle" -> Curves.arc(camera.project(scene.point(need(a.centre(), "centre"))), need(a.radius(), "radius"),
                    a.from() == null ? 60 : a.from(), (a.from() == null ? 60 : a.from()) + 300);
            default -> throw new IllegalArgumentException("unknown arrow kind '" + kind + "' (along, line, arc, circle)");
        };
        return new ArrowShape(pts, "circle".equals(kind) ? 1 : a.headCount());
    }

    /** Beside a segment, outside the named side, from one fraction along it to another. */
    private static List<Pt> along(Arrow a, Scene scene, Camera camera) {
        Segment s = scene.segment(a.on());
        double out = a.out() == null ? 4 : a.out();
        List<Pt> pts = new ArrayList<>();
        double from = need(a.from(), "from");
        double to = need(a.to(), "to");
        for (int i = 0; i <= 6; i++) {
            double t = from + (to - from) * i / 6;
            Vec d = s.direction(a.side());
            pts.add(camera.project(s.at(t).plus(d.times(s.extent(t, d) + out))));
        }
        return pts;
    }

    void grow(double[] box) {
        points.forEach(p -> Fit.grow(box, p.x(), p.y()));
    }

    void emit(Fit fit, double lineWidth, List<Mark> out) {
        List<Pt> pts = points.stream().map(fit::map).toList();
        double head = lineWidth * 5.2;
        // Shorten the line under each head so its end does not poke through the point.
        List<Pt> line = new ArrayList<>(pts);
        line.set(line.size() - 1, back(pts, pts.size() - 1, head * 0.6));
        if (heads >= 2) {
            line.set(0, back(pts, 0, head * 0.6));
        }
        SketchPath path = Curves.smoothLine(line);
        out.add(new Mark.Stroke(path, Shade.WHITE, lineWidth * 4.2, 0));
        List<SketchPath> tips = new ArrayList<>();
        tips.add(tip(pts, pts.size() - 1, head));
        if (heads >= 2) {
            tips.add(tip(pts, 0, head));
        }
        tips.forEach(t -> out.add(new Mark.Stroke(t, Shade.WHITE, lineWidth * 2.2, 0)));
        out.add(new Mark.Stroke(path, Shade.INK, lineWidth * 1.7, 0));
        tips.forEach(t -> out.add(new Mark.Fill(t, Shade.INK)));
    }

    /** The point a little back from the end {@code i} along the line. */
    private static Pt back(List<Pt> pts, int i, double by) {
        Pt end = pts.get(i);
        Pt prev = pts.get(i == 0 ? 1 : i - 1);
        return end.plus(prev.minus(end).unit().times(by));
    }

    private static SketchPath tip(List<Pt> pts, int i, double size) {
        Pt end = pts.get(i);
        Pt prev = pts.get(i == 0 ? 1 : i - 1);
        Pt u = end.minus(prev).unit();
        Pt v = u.left().times(size * 0.55);
        Pt base = end.minus(u.times(size));
        return Curves.polygon(List.of(end, base.plus(v), base.minus(v)));
    }

    private static <T> T need(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("an arrow needs '" + field + "'");
        }
        return value;
    }
}

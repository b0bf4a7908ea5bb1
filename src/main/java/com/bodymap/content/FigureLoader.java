package com.bodymap.content;

import com.bodymap.model.Figure;
import com.bodymap.model.FigureShape;
import com.bodymap.model.IconSpot;
import com.bodymap.model.Region;
import com.bodymap.model.RegionPart;
import com.bodymap.model.Side;
import com.bodymap.model.View;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads the figure outlines ({@code front.json} and {@code back.json}) from the bundled
 * {@code assets/figure/} or a clinic's own figure folder, and checks them against the content.
 *
 * <p>Each file draws the silhouette whole, and each bilateral region once, on the viewer's left
 * half; the other side is that shape mirrored about the midline. On the front view the viewer's
 * left is the body's right; on the back view it is the body's left. Getting this right in one
 * place is what keeps "left" meaning the body's own left everywhere. Each shape's rating icon is
 * placed here, at the point deepest inside the shape.
 */
public final class FigureLoader {
    /** Icon spots are found to within this many figure units. */
    private static final double ICON_PRECISION = 0.5;

    private final ObjectMapper mapper = ContentJson.mapper(false);
    private final SvgPathReader paths = new SvgPathReader();

    /**
     * The file format. {@code regions} maps a region id to its outline (one half for a bilateral
     * region); {@code deep} maps a deep region's id to the id of the surface region it is drawn
     * over and reached through.
     */
    record FigureFile(double width, double height, String silhouette, List<String> details,
                      Map<String, String> regions, Map<String, String> deep) {
    }

    /** The bundled figure. */
    public Map<View, Figure> load(ContentRepository content) throws ContentException {
        return load(content, FigureSource.bundled());
    }

    /** The figure from {@code source}; a clinic figure is also checked in full ({@link FigureChecker}). */
    public Map<View, Figure> load(ContentRepository content, FigureSource source) throws ContentException {
        Map<View, Figure> figures = new EnumMap<>(View.class);
        List<ContentProblem> problems = new ArrayList<>();
        for (View view : View.values()) {
            String name = source.describe(view);
            try (InputStream in = source.open(view)) {
                FigureFile file = mapper.readValue(ContentFiles.bounded(in), FigureFile.class);
                if (file == null) {
                    problems.add(new ContentProblem(name, null, "the file holds only null, no data"));
                    continue;
                }
                int before = problems.size();
                FigureSize.check(name, file.width(), file.height(), problems);
                if (problems.size() > before) {
                    continue;
                }
                Figure figure = build(view, file, content, name, source, problems);
                if (problems.size() == before) {
                    figures.put(view, figure);
                }
            } catch (NoSuchFileException e) {
                problems.add(new ContentProblem(name, null, "the file is missing"
                        + (source.isClinicFigure() ? " (a clinic figure needs both front.json and back.json)" : "")));
            } catch (IOException e) {
                problems.add(JsonProblems.of(name, e));
            }
        }
        if (problems.isEmpty() && source.isClinicFigure()) {
            FigureChecker checker = new FigureChecker();
            figures.forEach((view, figure) -> checker.check(figure).forEach(f ->
                    problems.add(new ContentProblem(source.describe(view), f.location(), f.message()))));
        }
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        return figures;
    }

    private Figure build(View view, FigureFile file, ContentRepository content, String name, FigureSource source,
                         List<ContentProblem> problems) {
        if (!(file.width() > 0) || !(file.height() > 0)) {
            problems.add(new ContentProblem(name, "$.width", "width and height must be positive numbers"));
            return null;
        }
        readable(file.silhouette(), name, "$.silhouette", problems);
        List<String> details = file.details() == null ? List.of() : file.details();
        for (int i = 0; i < details.size(); i++) {
            readable(details.get(i), name, "$.details[" + i + "]", problems);
        }
        Map<String, String> outlines = file.regions() == null ? Map.of() : file.regions();
        Map<String, String> deep = file.deep() == null ? Map.of() : file.deep();
        if (source.isClinicFigure()) {
            // The bundled figure may draw regions a clinic's content leaves out; they are not shown.
            unknownIds(view, outlines, deep, content, name, problems);
        }
        double mid = file.width() / 2;
        List<FigureShape> shapes = new ArrayList<>();
        for (Region region : content.regions()) {
            if (region.view() != view) {
                continue;
            }
            String path = outlines.get(region.id());
            if (path == null || path.isBlank()) {
                problems.add(new ContentProblem(name, "$.regions", "no outline for region '" + region.id() + "'"
                        + (source.isClinicFigure() ? "" : " (a clinic edition that adds regions needs its own "
                        + "figure/front.json and figure/back.json in its content folder)")));
                continue;
            }
            Optional<Rectangle2D> bounds = readable(path, name, "$.regions." + region.id(), problems);
            if (bounds.isEmpty() || !sidesMatch(region, bounds.get(), mid, name, problems)) {
                continue;
            }
            String under = deep.get(region.id());
            IconSpot spot = new ShapeMeasure(paths.read(path)).pole(ICON_PRECISION);
            if (!region.bilateral()) {
                shapes.add(new FigureShape(region.id(), path, false, under, spot));
                continue;
            }
            Side drawn = view == View.FRONT ? Side.RIGHT : Side.LEFT;
            IconSpot mirrored = new IconSpot(file.width() - spot.x(), spot.y(), spot.room());
            shapes.add(new FigureShape(region.id() + "-" + drawn.key(), path, false, under, spot));
            shapes.add(new FigureShape(region.id() + "-" + drawn.opposite().key(), path, true, under, mirrored));
        }
        // Deep muscles are drawn last, over the surface muscle they are reached through.
        shapes.sort(Comparator.comparing(FigureShape::deep));
        return new Figure(view, file.width(), file.height(), file.silhouette(), details, shapes);
    }

    private static void unknownIds(View view, Map<String, String> outlines, Map<String, String> deep,
                                   ContentRepository content, String name, List<ContentProblem> problems) {
        for (String id : outlines.keySet()) {
            Optional<Region> region = content.region(id);
            if (region.isEmpty()) {
                String base = RegionPart.regionIdOf(id);
                String hint = !base.equals(id) && content.region(base).isPresent()
                        ? ": draw a bilateral region once, under its region id '" + base + "'; the other side is its mirror image"
                        : "";
                problems.add(new ContentProblem(name, "$.regions." + id, "shape '" + id + "' names no region in the content" + hint));
            } else if (region.get().view() != view) {
                problems.add(new ContentProblem(name, "$.regions." + id, "region '" + id + "' belongs on the "
                        + region.get().view().key() + " view, as regions.json says"));
            }
        }
        deep.forEach((id, under) -> {
            if (!outlines.containsKey(id)) {
                problems.add(new ContentProblem(name, "$.deep." + id, "'" + id + "' is marked deep but has no outline"));
            }
            if (!outlines.containsKey(under)) {
                problems.add(new ContentProblem(name, "$.deep." + id, "'" + id + "' is reached through '" + under
                        + "', which has no outline on this view"));
            }
        });
    }

    /** A bilateral region is drawn on the viewer's left half only; a midline region crosses the midline. */
    private static boolean sidesMatch(Region region, Rectangle2D b, double mid, String name, List<ContentProblem> problems) {
        String where = "$.regions." + region.id();
        if (region.bilateral() && b.getMaxX() > mid + 0.5) {
            problems.add(new ContentProblem(name, where, String.format(java.util.Locale.ROOT,
                    "'%s' is bilateral, so it is drawn once, left of the midline (x %.0f), and mirrored; "
                            + "this outline reaches x %.1f", region.id(), mid, b.getMaxX())));
            return false;
        }
        if (!region.bilateral() && (b.getMinX() >= mid || b.getMaxX() <= mid)) {
            problems.add(new ContentProblem(name, where, String.format(java.util.Locale.ROOT,
                    "'%s' is a midline region (not bilateral), so its outline must cross the midline (x %.0f); "
                            + "it lies between x %.1f and %.1f", region.id(), mid, b.getMinX(), b.getMaxX())));
            return false;
        }
        return true;
    }

    private Optional<Rectangle2D> readable(String data, String name, String where, List<ContentProblem> problems) {
        try {
            return Optional.of(paths.read(data).getBounds2D());
        } catch (IllegalArgumentException e) {
            problems.add(new ContentProblem(name, where, e.getMessage()));
            return Optional.empty();
        }
    }
}

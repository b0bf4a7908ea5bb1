package com.bodymap.content;

import com.bodymap.model.Figure;
import com.bodymap.model.FigureShape;
import com.bodymap.model.Region;
import com.bodymap.model.Side;
import com.bodymap.model.View;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the figure outlines from {@code assets/figure/front.json} and {@code back.json}.
 *
 * <p>Each file draws the silhouette whole, and each bilateral region once, on the viewer's left
 * half; the other side is that shape mirrored about the midline. On the front view the viewer's
 * left is the body's right; on the back view it is the body's left. Getting this right in one
 * place is what keeps "left" meaning the body's own left everywhere.
 */
public final class FigureLoader {
    private final ObjectMapper mapper = ContentJson.mapper(false);
    private final FigureFiles files;

    /** Where the figure files come from: a stream for a file name, or null when it is missing. */
    @FunctionalInterface
    public interface FigureFiles {
        InputStream open(String name) throws IOException;
    }

    /** Reads the bundled figure files. */
    public FigureLoader() {
        this(name -> FigureLoader.class.getResourceAsStream("/" + name));
    }

    /** Reads figure files from elsewhere (tests and the fuzz test give their own bytes). */
    public FigureLoader(FigureFiles files) {
        this.files = files;
    }

    /** The file format. */
    record FigureFile(double width, double height, String silhouette, List<String> details,
                      Map<String, String> regions) {
    }

    public Map<View, Figure> load(ContentRepository content) throws ContentException {
        Map<View, Figure> figures = new EnumMap<>(View.class);
        List<ContentProblem> problems = new ArrayList<>();
        for (View view : View.values()) {
            String name = "assets/figure/" + view.key() + ".json";
            try (InputStream in = files.open(name)) {
                if (in == null) {
                    problems.add(new ContentProblem(name, null, "the file is missing"));
                    continue;
                }
                FigureFile file = mapper.readValue(ContentFiles.bounded(in), FigureFile.class);
                if (file == null) {
                    problems.add(new ContentProblem(name, null, "the file is empty"));
                    continue;
                }
                FigureSize.check(name, file.width(), file.height(), problems);
                figures.put(view, build(view, file, content, name, problems));
            } catch (IOException e) {
                problems.add(JsonProblems.of(name, e));
            }
        }
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        return figures;
    }

    private static Figure build(View view, FigureFile file, ContentRepository content, String name,
                                List<ContentProblem> problems) {
        List<FigureShape> shapes = new ArrayList<>();
        Map<String, String> paths = file.regions() == null ? Map.of() : file.regions();
        for (Region region : content.regions()) {
            if (region.view() != view) {
                continue;
            }
            String path = paths.get(region.id());
            if (path == null || path.isBlank()) {
                problems.add(new ContentProblem(name, "$.regions", "no outline for region '" + region.id() + "'"));
                continue;
            }
            if (!region.bilateral()) {
                shapes.add(new FigureShape(region.id(), path, false));
                continue;
            }
            Side drawn = view == View.FRONT ? Side.RIGHT : Side.LEFT;
            shapes.add(new FigureShape(region.id() + "-" + drawn.key(), path, false));
            shapes.add(new FigureShape(region.id() + "-" + drawn.opposite().key(), path, true));
        }
        return new Figure(view, file.width(), file.height(), file.silhouette(), file.details(), shapes);
    }
}

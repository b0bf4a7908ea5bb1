package com.bodymap.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.model.Figure;
import com.bodymap.model.FigureShape;
import com.bodymap.model.View;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A clinic edition's own figure: used when its content folder has one, and checked like the bundled one. */
class FigureLoaderTest {
    private static final String BODY = "M 100 50 L 300 50 L 300 950 L 100 950 Z";
    private static final String QUADS = "M 120 500 L 180 500 L 180 650 L 120 650 Z";
    private static final String LUMBAR = "M 185 400 L 215 400 L 215 470 L 185 470 Z";

    @TempDir
    Path dir;

    private ContentRepository content() throws Exception {
        // The valid fixture: lumbar-spine (back, midline) and quadriceps (front, bilateral).
        return new ContentLoader().load(ContentSource.folder(ContentFixtures.folder(dir, "valid")));
    }

    private void figure(View view, Map<String, String> regions, Map<String, String> deep) throws Exception {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("width", 400);
        file.put("height", 1000);
        file.put("silhouette", BODY);
        file.put("details", List.of());
        file.put("regions", regions);
        file.put("deep", deep);
        Files.createDirectories(dir.resolve("figure"));
        new ObjectMapper().writeValue(dir.resolve("figure").resolve(view.key() + ".json").toFile(), file);
    }

    private List<String> problems(ContentRepository content) {
        ContentException e = assertThrows(ContentException.class,
                () -> new FigureLoader().load(content, FigureSource.forContent(dir)));
        return e.problems().stream().map(ContentProblem::toString).collect(Collectors.toList());
    }

    @Test
    void aClinicFigureIsUsedWithMirroredSidesAndIconSpots() throws Exception {
        ContentRepository content = content();
        figure(View.FRONT, Map.of("quadriceps", QUADS), Map.of());
        figure(View.BACK, Map.of("lumbar-spine", LUMBAR), Map.of());
        Map<View, Figure> figures = new FigureLoader().load(content, FigureSource.forContent(dir));
        FigureShape right = figures.get(View.FRONT).shape("quadriceps-right").orElseThrow();
        FigureShape left = figures.get(View.FRONT).shape("quadriceps-left").orElseThrow();
        assertFalse(right.mirrored(), "on the front view the drawn half, the viewer's left, is the body's right");
        assertTrue(left.mirrored());
        assertEquals(150, right.icon().x(), 0.5);
        assertEquals(250, left.icon().x(), 0.5, "the left side's icon is mirrored with it");
        assertEquals(575, left.icon().y(), 0.5);
        assertEquals(QUADS, right.path());
    }

    @Test
    void withoutAFigureFolderTheBundledFigureIsUsed() throws Exception {
        ContentRepository content = content();
        assertFalse(FigureSource.forContent(dir).isClinicFigure());
        Map<View, Figure> figures = new FigureLoader().load(content, FigureSource.forContent(dir));
        assertEquals(3, figures.values().stream().mapToInt(f -> f.shapes().size()).sum());
    }

    @Test
    void aClinicFigureIsCheckedAgainstItsContent() throws Exception {
        ContentRepository content = content();
        figure(View.FRONT, Map.of("quadriceps-left", QUADS, "knee", QUADS), Map.of());
        figure(View.BACK, Map.of("lumbar-spine", "M 120 400 L 180 400 L 180 470 L 120 470 Z", "quadriceps", QUADS),
                Map.of("lumbar-spine", "glutes"));
        List<String> p = problems(content);
        String all = String.join("\n", p);
        assertTrue(all.contains("front.json at $.regions: no outline for region 'quadriceps'"), all);
        assertTrue(all.contains("shape 'quadriceps-left' names no region in the content: draw a bilateral region once, "
                + "under its region id 'quadriceps'"), all);
        assertTrue(all.contains("shape 'knee' names no region in the content"), all);
        assertTrue(all.contains("back.json at $.regions.quadriceps: region 'quadriceps' belongs on the front view"), all);
        assertTrue(all.contains("'lumbar-spine' is a midline region (not bilateral), so its outline must cross the midline"), all);
        assertTrue(all.contains("'lumbar-spine' is reached through 'glutes', which has no outline on this view"), all);
    }

    @Test
    void aClinicFigureIsCheckedForGeometryAndMissingViews() throws Exception {
        ContentRepository content = content();
        figure(View.FRONT, Map.of("quadriceps", "M 90 500 L 230 500 L 230 650 L 90 650 Z"), Map.of());
        List<String> missing = problems(content);
        assertTrue(missing.stream().anyMatch(s -> s.contains("back.json: the file is missing (a clinic figure needs both")),
                missing.toString());
        figure(View.BACK, Map.of("lumbar-spine", LUMBAR), Map.of());
        List<String> p = problems(content);
        String all = String.join("\n", p);
        assertTrue(all.contains("'quadriceps' is bilateral, so it is drawn once, left of the midline (x 200), and mirrored; "
                + "this outline reaches x 230.0"), all);
        figure(View.FRONT, Map.of("quadriceps", "M 90 500 L 180 500 L 180 650 L 90 650 Z"), Map.of());
        all = String.join("\n", problems(content));
        assertTrue(all.contains("front.json at $.regions.quadriceps: quadriceps-right pokes out of the silhouette by 10.0 units"),
                all);
    }

    @Test
    void theBundledFigureIsNotCheckedAgainstAClinicsSmallerContent() throws Exception {
        // The bundled figure draws 39 regions; a clinic with two of them still gets its two drawn.
        Map<View, Figure> figures = new FigureLoader().load(content(), FigureSource.bundled());
        assertTrue(figures.get(View.BACK).shape("lumbar-spine").isPresent());
        assertEquals(1, figures.get(View.BACK).shapes().size());
    }
}

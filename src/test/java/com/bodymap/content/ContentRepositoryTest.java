package com.bodymap.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.model.Rating;
import com.bodymap.model.Region;
import com.bodymap.model.View;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentRepositoryTest {
    @TempDir
    Path dir;
    private ContentRepository content;

    @BeforeEach
    void load() throws Exception {
        content = new ContentLoader().load(ContentSource.folder(ContentFixtures.folder(dir, "valid")));
    }

    private List<String> search(String q) {
        return content.search(q).stream().map(Region::id).toList();
    }

    @Test
    void searchFindsByAliasAndName() {
        assertEquals(List.of("lumbar-spine"), search("low back"));
        assertEquals(List.of("lumbar-spine"), search("LUMBAR"));
        assertEquals(List.of("quadriceps"), search("quads"));
        assertEquals(List.of("quadriceps"), search("thigh front"), "every word, in any order");
        assertTrue(search("elbow").isEmpty());
        assertTrue(search("  ").isEmpty());
    }

    /** A region named exactly what was typed comes first, before regions whose names merely start with it. */
    @Test
    void anExactNameOrAliasRanksFirst() {
        Region glutes = new Region("glutes", "Glutes (buttocks)", View.BACK, true, Rating.FINE,
                List.of("gluteus maximus"), "s", List.of(), List.of(), List.of(), List.of(), List.of(), "e");
        Region medius = new Region("glute-medius", "Side of the hip (gluteus medius)", View.BACK, true, Rating.FINE,
                List.of("glute", "gluteus medius"), "s", List.of(), List.of(), List.of(), List.of(), List.of(), "e");
        ContentRepository two = new ContentRepository(List.of(glutes, medius), List.of(), List.of(), null);
        assertEquals(List.of("glutes"), two.search("glutes").stream().map(Region::id).toList());
        assertEquals(List.of("glute-medius", "glutes"), two.search("glute").stream().map(Region::id).toList(),
                "'glute' is the side of the hip's alias exactly; the glutes' name only starts with it");
        assertEquals(List.of("glute-medius"), two.search("gluteus medius").stream().map(Region::id).toList());
    }

    @Test
    void searchFoldsCaseAndAccentsAndKeepsEveryLetter() {
        Region german = new Region("thigh", "Vorderer Oberschenkel (Quadrizeps)", View.FRONT, true, Rating.FINE,
                List.of("Gesäß-Nähe", "Бедро"), "s", List.of(), List.of(), List.of(), List.of(), List.of(), null);
        ContentRepository de = new ContentRepository(List.of(german), List.of(), List.of(), null);
        assertEquals(List.of("thigh"), de.search("Oberschenkel").stream().map(Region::id).toList());
        assertEquals(List.of("thigh"), de.search("OBERSCHENKEL vorderer").stream().map(Region::id).toList());
        assertEquals(List.of("thigh"), de.search("gesass").stream().map(Region::id).toList(), "ß and umlauts fold");
        assertEquals(List.of("thigh"), de.search("äß").stream().map(Region::id).toList());
        assertEquals(List.of("thigh"), de.search("бедро").stream().map(Region::id).toList());
        assertTrue(de.search("wade").isEmpty());
    }

    @Test
    void sourcesForARegionAreNumberedInFirstCitedOrder() {
        Region quads = content.region("quadriceps").orElseThrow();
        assertEquals(List.of("study-b", "seed-a"), content.sourcesFor(quads).stream().map(s -> s.id()).toList());
    }
}

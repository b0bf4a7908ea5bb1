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

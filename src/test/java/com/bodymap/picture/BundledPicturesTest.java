package com.bodymap.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.content.CheckLoader;
import com.bodymap.content.ContentRepository;
import com.bodymap.content.ContentLoader;
import com.bodymap.content.ContentSource;
import com.bodymap.model.check.CheckCatalog;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The drawings in assets/pictures against the bundled content (the cards that came with the new
 * regions included): every card and every check is drawn, each drawing has its text alternative,
 * tints its own regions, shows its own tools, and rests where the card says.
 */
class BundledPicturesTest {
    private static ContentRepository content;
    private static CheckCatalog checks;
    private static PictureBook book;
    private static BodyPlan body;

    @BeforeAll
    static void load() throws Exception {
        content = new ContentLoader().load(ContentSource.bundled());
        checks = new CheckLoader().loadBundled();
        PictureLoader loader = new PictureLoader();
        book = loader.poses();
        body = loader.body();
    }

    @Test
    void everyCardAndCheckIsDrawnAndEveryDrawingPassesReview() {
        List<String> problems = new PictureCoverage(new PictureReview(body))
                .problems(book, content.techniques(), content.regions(), checks.checks());
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theCardsThatCameWithTheNewRegionsAreDrawnToo() {
        assertTrue(content.techniques().size() >= 28, "the cards once staged are part of the content checked");
        for (String staged : List.of("peroneal-roll", "palm-ball", "peanut-between-shoulder-blades")) {
            assertTrue(content.technique(staged).isPresent(), staged);
            assertTrue(book.cards().containsKey(staged), staged + " has a drawing");
        }
    }

    @Test
    void everyDrawingRendersWithItsTextAlternative() {
        SketchRenderer renderer = new SketchRenderer(body, id -> content.region(id).map(com.bodymap.model.Region::rating));
        for (var entry : book.cards().entrySet()) {
            for (PictureSpec spec : entry.getValue()) {
                Sketch s = renderer.render(spec, 300, 200);
                assertEquals(spec.alt(), s.alt(), entry.getKey());
                assertTrue(s.marks().size() == 1 && s.marks().get(0) instanceof Mark.Clip clip && clip.inside().size() > 20,
                        entry.getKey() + " draws a figure inside its frame");
            }
        }
    }
}

package com.bodymap.picture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.content.CheckLoader;
import com.bodymap.content.ContentRepository;
import com.bodymap.content.ContentLoader;
import com.bodymap.content.ContentSource;
import com.bodymap.model.check.CheckCatalog;
import com.bodymap.picture.PictureSpec.Target;
import com.bodymap.picture.PictureSpec.ToolSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each rule of the drawings' content check fails when the drawings break it. */
class PictureCoverageTest {
    private static ContentRepository content;
    private static CheckCatalog checks;
    private static PictureBook book;
    private static PictureCoverage coverage;

    @BeforeAll
    static void load() throws Exception {
        content = new ContentLoader().load(ContentSource.bundled());
        checks = new CheckLoader().loadBundled();
        PictureLoader loader = new PictureLoader();
        book = loader.poses();
        coverage = new PictureCoverage(new PictureReview(loader.body()));
    }

    private static List<String> problems(PictureBook b) {
        return coverage.problems(b, content.techniques(), content.regions(), checks.checks());
    }

    private static void assertFinds(PictureBook b, String expected) {
        List<String> found = problems(b);
        assertTrue(found.stream().anyMatch(p -> p.contains(expected)), "expected '" + expected + "' in " + found);
    }

    private static PictureBook withCard(String id, List<PictureSpec> drawings) {
        Map<String, List<PictureSpec>> cards = new HashMap<>(book.cards());
        if (drawings == null) {
            cards.remove(id);
        } else {
            cards.put(id, drawings);
        }
        return new PictureBook(book.about(), cards, book.checks());
    }

    private static PictureBook editCard(String id, UnaryOperator<PictureSpec> edit) {
        return withCard(id, book.cards().get(id).stream().map(edit).toList());
    }

    private static PictureSpec with(PictureSpec s, String alt, String label, List<ToolSpec> tools, List<Target> targets,
                                    List<String> contacts) {
        return new PictureSpec(label, alt, s.camera(), s.body(), tools, s.props(), s.arrows(), targets, contacts, s.frame(), s.cutBelow());
    }

    @Test
    void aCardWithoutADrawingIsReported() {
        assertFinds(withCard("quadriceps-roll", null), "card quadriceps-roll has no drawing");
    }

    @Test
    void aDrawingOfAnUnknownCardIsReported() {
        assertFinds(withCard("no-such-card", book.cards().get("quadriceps-roll")), "'no-such-card', which is not a technique card");
    }

    @Test
    void anEmptyTextAlternativeIsReported() {
        assertFinds(editCard("calf-roll", s -> with(s, " ", s.label(), s.tools(), s.targets(), s.contacts())),
                "card calf-roll: the text alternative is empty");
    }

    @Test
    void aTargetOutsideTheCardsRegionsIsReported() {
        assertFinds(editCard("calf-roll", s -> with(s, s.alt(), s.label(), s.tools(),
                s.targets().stream().map(t -> new Target("glutes", t.on(), t.from(), t.to(), t.side(), t.spread(), t.deep())).toList(),
                s.contacts())), "tints glutes, which is not one of its regions");
    }

    @Test
    void aCardRegionNoDrawingTintsIsReported() {
        // The glutes card is done on the side of the hip too; leave that tint out.
        assertFinds(editCard("glutes-roll", s -> with(s, s.alt(), s.label(), s.tools(),
                s.targets().stream().filter(t -> !t.region().equals("glute-medius")).toList(), s.contacts())),
                "card glutes-roll: no drawing tints its region glute-medius");
    }

    @Test
    void aTargetHiddenFromTheViewerIsReported() {
        // The quadriceps face the floor: tinting only their underside shows nothing from the side.
        assertFinds(editCard("quadriceps-roll", s -> with(s, s.alt(), s.label(), s.tools(),
                List.of(new Target("quadriceps", "thigh-right", 0.1, 0.9, "down", 20.0, false)), s.contacts())),
                "it is hidden or too small");
    }

    @Test
    void aToolTheCardDoesNotUseIsReported() {
        assertFinds(editCard("calf-roll", s -> with(s, s.alt(), s.label(),
                s.tools().stream().map(t -> new ToolSpec("ball", t.on(), t.t(), t.side(), t.at(), t.along())).toList(),
                s.targets(), s.contacts())), "draws a ball, which the card does not use");
    }

    @Test
    void twoDrawingsWithoutCaptionsAreReported() {
        PictureSpec one = book.cards().get("calf-roll").get(0);
        assertFinds(withCard("calf-roll", List.of(one, one)), "not a caption for each");
    }

    @Test
    void aHandThatDoesNotReachTheFloorIsReported() {
        // Hands said to rest on the floor while the figure sits on the roller with its arms in the air.
        assertFinds(editCard("hamstring-roll", s -> new PictureSpec(s.label(), s.alt(), s.camera(),
                new PictureSpec.Body(s.body().at(), s.body().pitch(), 0, 0, null, List.of("tool"), List.of(), Map.of(),
                        null, null, new PictureSpec.Limb(new PictureSpec.Joint(36, 0, 0), null, null,
                        new PictureSpec.Joint(170, 0, 0), null, null), s.body().left()),
                s.tools(), s.props(), s.arrows(), s.targets(), List.of("tool", "hand-right"), s.frame())),
                "hand-right should rest on the floor");
    }

    @Test
    void aCheckWithoutADrawingAndACheckTintingAnotherRegionAreReported() {
        Map<String, List<PictureSpec>> drawn = new HashMap<>(book.checks());
        drawn.remove("butterfly");
        PictureSpec thomas = book.checks().get("modified-thomas").get(0);
        drawn.put("modified-thomas", List.of(with(thomas, thomas.alt(), thomas.label(), thomas.tools(),
                List.of(new Target("quadriceps", "thigh-right", 0.1, 0.5, "front", null, null)), thomas.contacts())));
        PictureBook b = new PictureBook(book.about(), book.cards(), drawn);
        assertFinds(b, "check butterfly has no drawing");
        assertFinds(b, "check modified-thomas: tints quadriceps");
        assertFinds(b, "check modified-thomas: no drawing tints its region hip-flexors");
    }

    @Test
    void theBundledDrawingsHaveNoneOfTheseProblems() {
        List<String> found = problems(book);
        assertTrue(found.isEmpty(), String.join("\n", found));
    }
}

package com.bodymap.ui.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.content.ContentRepository;
import com.bodymap.model.Region;
import com.bodymap.model.SourceKind;
import com.bodymap.model.Technique;
import com.bodymap.model.View;
import com.bodymap.ui.bodymap.BodyMapViewModel;
import com.bodymap.ui.technique.LibraryFixture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SourcesViewModelTest {
    private final List<String> cards = new ArrayList<>();
    private int safetyOpened;
    private BodyMapViewModel map;
    private SourcesViewModel model;

    @BeforeEach
    void setUp() {
        ContentRepository content = LibraryFixture.content();
        map = new BodyMapViewModel(content, com.bodymap.i18n.Messages.english());
        model = new SourcesViewModel(content, map, cards::add, () -> safetyOpened++);
    }

    @Test
    void groupsSourcesByKindStudiesFirst() {
        assertEquals(List.of(SourceKind.STUDY, SourceKind.REVIEW, SourceKind.CLINICIAN_ARTICLE, SourceKind.VENDOR_PAGE),
                model.groups().stream().map(SourcesViewModel.KindGroup::kind).toList());
        assertEquals(4, model.total());
        assertEquals(1, model.unverifiedCount());
    }

    /** The app's own judgement is listed last, and counted neither as a source nor as an unchecked one. */
    @Test
    void theAppsOwnJudgementIsNeitherASourceNorUnchecked() {
        ContentRepository fixture = LibraryFixture.content();
        List<com.bodymap.model.Source> sources = new ArrayList<>(fixture.sources());
        sources.add(new com.bodymap.model.Source("ours", "Body Map's own judgement", null, null, SourceKind.OWN_JUDGEMENT,
                null, false, List.of("a roller is too wide for the palm"), "The app's own reasoning."));
        SourcesViewModel withOwn = new SourcesViewModel(new ContentRepository(fixture.regions(), fixture.techniques(),
                sources, fixture.safety()), map, cards::add, () -> safetyOpened++);
        List<SourceKind> kinds = withOwn.groups().stream().map(SourcesViewModel.KindGroup::kind).toList();
        assertEquals(SourceKind.OWN_JUDGEMENT, kinds.get(kinds.size() - 1), "listed last, after every published kind");
        assertEquals(4, withOwn.total(), "not one of the published sources");
        assertEquals(1, withOwn.unverifiedCount(), "nor one that could not be checked");
        assertTrue(withOwn.hasOwnJudgement());
        assertFalse(model.hasOwnJudgement());
        assertEquals("The app's own reasoning, not a published source.", new SourceText(com.bodymap.i18n.Messages.english()).kindSentence(sources.get(sources.size() - 1)));
    }

    @Test
    void findsTheRegionPagesCardsAndSafetyGuideThatCiteASource() {
        assertEquals(List.of("lumbar-spine", "glutes", "it-band"),
                model.regionsCiting("coach").stream().map(Region::id).toList(), "reasons, instead links and disagreements all count");
        assertEquals(List.of("peanut", "it-band-neighbours", "hamstring-roll"),
                model.cardsCiting("coach").stream().map(Technique::id).toList());
        assertTrue(model.citedBySafetyGuide("coach"));
        assertFalse(model.citedBySafetyGuide("uncited"));
        assertTrue(model.regionsCiting("uncited").isEmpty());
    }

    @Test
    void linksSelectTheRegionOpenTheCardOrTheSafetyGuide() {
        model.openRegion("it-band");
        assertEquals("it-band-left", map.getSelected().id());
        assertEquals(View.FRONT, map.getView());
        model.openCard("peanut");
        assertEquals(List.of("peanut"), cards);
        model.openSafety();
        assertEquals(1, safetyOpened);
    }

    @Test
    void focusesOnlyAKnownSource() {
        assertNull(model.focusedProperty().get());
        model.focus("vendor");
        assertEquals("vendor", model.focusedProperty().get());
        model.focus("nothing");
        assertEquals("vendor", model.focusedProperty().get());
    }

    @Test
    void theFilterMatchesEveryWordInTitlePublisherYearKindOrSupportsIgnoringCase() {
        var study = LibraryFixture.content().sources().get(0);
        assertTrue(model.matches(study, ""), "blank matches all");
        assertTrue(model.matches(study, "  "), "blank matches all");
        String titleWord = study.title().split(" ")[0];
        assertTrue(model.matches(study, titleWord.toUpperCase()), "case is ignored");
        assertTrue(model.matches(study, titleWord + " " + com.bodymap.i18n.Messages.english().label(study.kind()).split(" ")[0]), "words from two fields");
        assertFalse(model.matches(study, titleWord + " zzzz"), "every word must match");
    }
}

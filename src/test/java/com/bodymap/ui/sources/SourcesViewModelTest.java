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
        assertTrue(model.matches(study, titleWord + " " + study.kind().description().split(" ")[0]), "words from two fields");
        assertFalse(model.matches(study, titleWord + " zzzz"), "every word must match");
    }
}

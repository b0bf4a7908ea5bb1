package com.bodymap.ui.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bodymap.model.Source;
import com.bodymap.ui.technique.LibraryFixture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SafetyPanelViewModelTest {
    private final List<String> shown = new ArrayList<>();
    private final SafetyPanelViewModel model = new SafetyPanelViewModel(LibraryFixture.content(), shown::add, com.bodymap.i18n.Messages.english());

    @Test
    void numbersSourcesInTheOrderThePanelShowsItsLists() {
        // Emergency flags come first on the panel, so their source is [1].
        assertEquals(List.of("review", "coach", "vendor"), model.sources().stream().map(Source::id).toList());
        assertEquals(1, model.sourceNumber("review"));
        assertEquals(3, model.sourceNumber("vendor"));
        assertEquals(-1, model.sourceNumber("uncited"));
    }

    @Test
    void givesEachClaimItsSources() {
        assertEquals(List.of("vendor"),
                model.sourcesOf(model.guide().contraindications().get(0)).stream().map(Source::id).toList());
    }

    @Test
    void aSourceOpensInTheSourcesView() {
        model.showSource("coach");
        assertEquals(List.of("coach"), shown);
    }
}

package com.bodymap.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bodymap.content.ContentRepository;
import com.bodymap.model.check.CheckCatalog;
import com.bodymap.model.check.CheckDefinition;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckSuggestionsTest {
    private final ContentRepository content = ContentFixtures.content();
    private final CheckCatalog catalog = new CheckCatalog(List.of(), List.of(), List.of(CheckFixtures.thomas(),
            CheckFixtures.proneKneeBend(), CheckFixtures.ober(), CheckFixtures.kneeToWall()));

    private List<String> forRegion(String id) {
        return CheckSuggestions.forRegion(catalog, content.region(id).orElseThrow()).stream()
                .map(CheckDefinition::id).toList();
    }

    @Test
    void aRegionGetsTheChecksThatTestIt() {
        assertEquals(List.of("knee-to-wall"), forRegion("calf"));
        assertEquals(List.of("modified-ober"), forRegion("tfl"));
    }

    @Test
    void aRegionNoCheckTestsGetsTheChecksForWhereItsPageSaysToLookFirst() {
        assertEquals(List.of("modified-thomas", "prone-knee-bend"), forRegion("lumbar-spine"));
    }

    @Test
    void otherwiseNothingIsProposed() {
        assertEquals(List.of(), forRegion("lats"));
    }
}

package com.bodymap.wizard;

import com.bodymap.model.Region;
import com.bodymap.model.check.CheckCatalog;
import com.bodymap.model.check.CheckDefinition;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which checks to tick in advance when the wizard starts from a region page: the checks that test
 * the region, or, for a region no check tests (the low back), the checks for the regions its page
 * says to look at first.
 */
public final class CheckSuggestions {

    private CheckSuggestions() {
    }

    public static List<CheckDefinition> forRegion(CheckCatalog catalog, Region region) {
        List<CheckDefinition> direct = catalog.testing(region.id());
        if (!direct.isEmpty()) {
            return direct;
        }
        Set<CheckDefinition> related = new LinkedHashSet<>();
        region.lookElsewhere().forEach(id -> related.addAll(catalog.testing(id)));
        return List.copyOf(related);
    }
}

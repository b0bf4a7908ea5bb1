package com.bodymap.model.check;

import java.util.List;
import java.util.Optional;

/**
 * Every check the wizard offers, in the order it offers them, and the sources behind the order in
 * which the plan lists areas to release.
 */
public record CheckCatalog(List<String> planOrderSources, List<CheckDefinition> checks) {

    public CheckCatalog {
        planOrderSources = planOrderSources == null ? List.of() : List.copyOf(planOrderSources);
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    public Optional<CheckDefinition> check(String id) {
        return checks.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The checks that test a region. */
    public List<CheckDefinition> testing(String regionId) {
        return checks.stream().filter(c -> c.tests(regionId)).toList();
    }
}

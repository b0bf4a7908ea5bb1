package com.bodymap.model.check;

import com.bodymap.model.Source;
import java.util.List;
import java.util.Optional;

/**
 * Every check the wizard knows, in the order it offers them, and the sources behind the order in
 * which the plan lists areas to release. {@code introduction} opens the wizard (what the idea
 * behind it rests on); {@code planNote} heads a release plan. {@code sources} holds citations a
 * threshold needs that the content's sources.json does not have (yet); everything else is cited
 * from the content by id.
 */
public record CheckCatalog(List<String> planOrderSources, SourcedText introduction, SourcedText planNote,
                           List<Source> sources, List<CheckDefinition> checks) {

    public CheckCatalog {
        planOrderSources = planOrderSources == null ? List.of() : List.copyOf(planOrderSources);
        sources = sources == null ? List.of() : List.copyOf(sources);
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    public CheckCatalog(List<String> planOrderSources, List<Source> sources, List<CheckDefinition> checks) {
        this(planOrderSources, null, null, sources, checks);
    }

    public Optional<Source> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Any check, retired ones included, so that old runs still read. */
    public Optional<CheckDefinition> check(String id) {
        return checks.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The checks the wizard offers, in order. */
    public List<CheckDefinition> offered() {
        return checks.stream().filter(c -> !c.retired()).toList();
    }

    /** The offered checks that test a region. */
    public List<CheckDefinition> testing(String regionId) {
        return offered().stream().filter(c -> c.tests(regionId)).toList();
    }
}

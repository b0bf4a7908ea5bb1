package com.bodymap.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.model.check.CheckCatalog;
import com.bodymap.model.check.CheckDefinition;
import com.bodymap.model.check.MeasureKind;
import com.bodymap.model.check.ThresholdBasis;
import com.bodymap.model.check.TighterWhen;
import com.bodymap.wizard.ContentFixtures;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CheckLoaderTest {
    private final CheckLoader loader = new CheckLoader();

    private List<ContentProblem> problemsOf(String json) {
        ContentException e = assertThrows(ContentException.class, () -> loader.load(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "checks.json"));
        return e.problems();
    }

    @Test
    void theBundledChecksLoadAndCoverTheIssue() throws ContentException {
        CheckCatalog catalog = loader.loadBundled();
        Set<String> ids = catalog.checks().stream().map(CheckDefinition::id).collect(Collectors.toSet());
        assertTrue(ids.containsAll(Set.of("modified-thomas", "prone-knee-bend", "modified-ober", "straight-leg-raise",
                "butterfly", "knee-to-wall", "overhead-reach")), ids.toString());
        Set<MeasureKind> kinds = catalog.checks().stream().map(CheckDefinition::kind).collect(Collectors.toSet());
        assertEquals(Set.of(MeasureKind.values()), kinds, "every kind of measure is used by some check");
    }

    @Test
    void theBundledThresholdsMatchTheEvidence() throws ContentException {
        CheckCatalog catalog = loader.loadBundled();
        CheckDefinition kneeToWall = catalog.check("knee-to-wall").orElseThrow();
        assertEquals(2.0, kneeToWall.threshold().value());
        assertEquals(ThresholdBasis.MEASUREMENT_ERROR, kneeToWall.threshold().basis());
        assertTrue(kneeToWall.threshold().sources().containsAll(List.of("powden-2015", "rabin-2015")));
        assertEquals(TighterWhen.SMALLER, kneeToWall.tighterWhen());

        CheckDefinition butterfly = catalog.check("butterfly").orElseThrow();
        assertEquals(1.0, butterfly.threshold().value());
        assertEquals(List.of("malliaras-2009"), butterfly.threshold().sources());

        CheckDefinition ely = catalog.check("prone-knee-bend").orElseThrow();
        assertEquals(4.0, ely.threshold().value());
        // The 4 degrees come from the Ely's test paper, not the Thomas test paper the content cites as peeler-anderson-2008.
        assertEquals(List.of("peeler-anderson-2008-ely"), ely.threshold().sources());
        assertTrue(catalog.source("peeler-anderson-2008-ely").isEmpty(), "it lives in the content's sources.json now");
        assertEquals(7.0, catalog.check("modified-thomas").orElseThrow().threshold().value());
        assertEquals(TighterWhen.LARGER, catalog.check("modified-thomas").orElseThrow().tighterWhen());
        for (String rough : List.of("modified-ober", "overhead-reach", "straight-leg-raise", "figure-four-feel")) {
            assertTrue(catalog.check(rough).orElseThrow().threshold().roughGuide(), rough + " is a rough guide");
        }
    }

    @Test
    void theBundledReleaseOrderFollowsTheSources() throws ContentException {
        CheckCatalog catalog = loader.loadBundled();
        List<String> areas = catalog.checks().stream().flatMap(c -> c.releases().stream())
                .sorted(java.util.Comparator.comparingInt(com.bodymap.model.check.ReleaseStep::order))
                .map(r -> r.regions().get(0)).toList();
        assertEquals(List.of("hip-flexors", "quadriceps", "adductors", "it-band", "hamstrings", "tfl"),
                areas.subList(0, 6));
        assertEquals("lats", areas.get(areas.size() - 1));
    }

    @Test
    void malformedJsonNamesTheFileAndLine() {
        List<ContentProblem> problems = problemsOf("{\"checks\": [ {\"id\": \"a\", }");
        assertEquals(1, problems.size());
        assertEquals("checks.json", problems.get(0).file());
        assertTrue(problems.get(0).location().startsWith("line 1"), problems.get(0).location());
    }

    @Test
    void anUnknownFieldNamesItsJsonPath() {
        List<ContentProblem> problems = problemsOf("{\"checks\": [ {\"id\": \"a\", \"colour\": \"red\"} ]}");
        assertTrue(problems.get(0).location().contains("$.checks[0]"), problems.get(0).location());
        assertEquals("unknown field 'colour'", problems.get(0).message());
    }

    @Test
    void aBadEnumSaysWhatIsAllowed() {
        List<ContentProblem> problems = problemsOf("{\"checks\": [ {\"id\": \"a\", \"kind\": \"inches\"} ]}");
        assertTrue(problems.get(0).message().contains("degrees, centimetres, pass-fail or rating-0-10"),
                problems.get(0).message());
        assertTrue(problems.get(0).location().contains("$.checks[0].kind"), problems.get(0).location());
    }

    @Test
    void everyProblemInTheFileIsListedWithItsPath() {
        String json = """
                {"checks": [
                  {"id": "a", "name": "A", "regions": ["calf"], "equipment": "E", "position": "P", "measure": "M",
                   "firstSide": "left", "kind": "centimetres", "range": {"min": 10, "max": 0, "decimals": 1},
                   "tighterWhen": "smaller",
                   "threshold": {"value": 2, "basis": "measurement-error", "explanation": "TODO"},
                   "releases": []},
                  {"id": "a", "name": "B", "regions": ["calf"], "equipment": "E", "position": "P", "measure": "M",
                   "firstSide": "midline", "kind": "pass-fail", "tighterWhen": "smaller",
                   "releases": [{"order": 0, "area": "Calves", "techniques": []}]}
                ]}""";
        Set<String> at = problemsOf(json).stream().map(p -> p.location() + ": " + p.message()).collect(Collectors.toSet());
        assertTrue(at.contains("$.checks[0].range: min 10.0 must be below max 0.0"), at.toString());
        assertTrue(at.contains("$.checks[0].threshold.sources: a measurement-error threshold must name its source"), at.toString());
        assertTrue(at.contains("$.checks[0].threshold.explanation: placeholder text: 'TODO'"), at.toString());
        assertTrue(at.contains("$.checks[0].releases: names no area to release"), at.toString());
        assertTrue(at.contains("$.checks[1].id: duplicate check id 'a' (first used at $.checks[0])"), at.toString());
        assertTrue(at.contains("$.checks[1].firstSide: must be left or right"), at.toString());
        assertTrue(at.contains("$.checks[1].passLabel: missing text"), at.toString());
        assertTrue(at.contains("$.checks[1].threshold: missing: every check needs a threshold, or a rough guide"), at.toString());
        assertTrue(at.contains("$.checks[1].releases[0].order: must be 1 or more (its place in the sources' order)"), at.toString());
        assertTrue(at.contains("$.checks[1].releases[0].techniques: names no technique card"), at.toString());
    }

    @Test
    void missingReferencesNameTheCardsTheContentLacks() throws ContentException {
        List<ContentProblem> missing = CheckLoader.missingReferences(loader.loadBundled(), ContentFixtures.content());
        Set<String> messages = missing.stream().map(ContentProblem::message).collect(Collectors.toSet());
        // The fixture has only three cards; the rest must be reported, the three must not.
        assertTrue(messages.contains("unknown technique card 'lat-roll'"), messages.toString());
        assertFalse(messages.contains("unknown technique card 'calf-roll'"), messages.toString());
        assertFalse(messages.stream().anyMatch(m -> m.startsWith("unknown region")), messages.toString());
    }
}

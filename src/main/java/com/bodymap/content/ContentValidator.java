package com.bodymap.content;

import com.bodymap.model.Claim;
import com.bodymap.model.Disagreement;
import com.bodymap.model.Region;
import com.bodymap.model.SafetyGuide;
import com.bodymap.model.Source;
import com.bodymap.model.SourceKind;
import com.bodymap.model.Suggestion;
import com.bodymap.model.Technique;
import com.bodymap.model.Tool;
import com.bodymap.model.ToolRating;
import com.bodymap.model.Viewpoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks that the content files hang together: ids present and unique, every reference pointing at
 * something that exists, required fields filled, no placeholder text. Each problem names the file
 * and a JSON path such as {@code $[4].instead[1].region}.
 */
final class ContentValidator {
    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\b(TBD|TODO|FIXME|lorem ipsum|placeholder|XXX)\\b", Pattern.CASE_INSENSITIVE);

    /** An hour: no technique here holds one spot longer. */
    static final int MAX_DOSE_SECONDS = 3600;

    private final List<Region> regions;
    private final List<Technique> techniques;
    private final List<Source> sources;
    private final SafetyGuide safety;
    private final List<ContentProblem> problems = new ArrayList<>();
    private Set<String> regionIds;
    private Set<String> techniqueIds;
    private Set<String> sourceIds;

    ContentValidator(List<Region> regions, List<Technique> techniques, List<Source> sources, SafetyGuide safety) {
        this.regions = regions;
        this.techniques = techniques;
        this.sources = sources;
        this.safety = safety;
    }

    List<ContentProblem> validate() {
        regionIds = ids(ContentLoader.REGIONS, regions, Region::id, "region");
        techniqueIds = ids(ContentLoader.TECHNIQUES, techniques, Technique::id, "technique");
        sourceIds = ids(ContentLoader.SOURCES, sources, Source::id, "source");
        crossCollisions();
        for (int i = 0; i < regions.size(); i++) {
            checkRegion("$[" + i + "]", regions.get(i));
        }
        problems.addAll(RegionLinks.check(regions));
        problems.addAll(TextLimits.check(regions, techniques));
        for (int i = 0; i < techniques.size(); i++) {
            checkTechnique("$[" + i + "]", techniques.get(i));
        }
        for (int i = 0; i < sources.size(); i++) {
            checkSource("$[" + i + "]", sources.get(i));
        }
        checkSafety();
        return problems;
    }

    private <T> Set<String> ids(String file, List<T> items, Function<T, String> id, String what) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String value = id.apply(items.get(i));
            String at = "$[" + i + "].id";
            if (blank(value)) {
                problem(file, at, "missing " + what + " id");
            } else if (!value.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                problem(file, at, "id '" + value + "' must be lower-case words joined by hyphens");
            } else if (seen.containsKey(value)) {
                problem(file, at, "duplicate " + what + " id '" + value + "' (first used at $[" + seen.get(value) + "])");
            } else {
                seen.put(value, i);
            }
        }
        return seen.keySet();
    }

    /** Sheets are asked for by id alone, so a region and a technique must never share one. */
    private void crossCollisions() {
        Set<String> both = new HashSet<>(regionIds);
        both.retainAll(techniqueIds);
        for (String id : both) {
            problem(ContentLoader.TECHNIQUES, "id " + id, "technique id '" + id + "' is also a region id");
        }
    }

    private void checkRegion(String at, Region r) {
        String f = ContentLoader.REGIONS;
        required(f, at + ".name", r.name(), "name");
        if (r.rating() == null) {
            problem(f, at + ".rating", "missing rating (avoid, caution or fine)");
        }
        if (r.view() == null) {
            problem(f, at + ".view", "missing view (front or back)");
        }
        toolRatings(f, at, r);
        required(f, at + ".summary", r.summary(), "summary");
        required(f, at + ".evidence", r.evidence(), "evidence statement");
        if (r.why().isEmpty()) {
            problem(f, at + ".why", "no reason given for the rating");
        }
        claims(f, at + ".why", r.why());
        for (int i = 0; i < r.instead().size(); i++) {
            Suggestion s = r.instead().get(i);
            String sat = at + ".instead[" + i + "]";
            required(f, sat + ".text", s.text(), "text");
            if (s.region() != null) {
                ref(f, sat + ".region", s.region(), regionIds, "region");
            }
            if (s.technique() != null) {
                ref(f, sat + ".technique", s.technique(), techniqueIds, "technique");
            }
            sourceRefs(f, sat + ".sources", s.sources(), true);
        }
        refs(f, at + ".techniques", r.techniques(), techniqueIds, "technique");
        refs(f, at + ".lookElsewhere", r.lookElsewhere(), regionIds, "region");
        for (int i = 0; i < r.disagreements().size(); i++) {
            Disagreement d = r.disagreements().get(i);
            String dat = at + ".disagreements[" + i + "]";
            required(f, dat + ".topic", d.topic(), "topic");
            if (d.viewpoints().size() < 2) {
                problem(f, dat + ".viewpoints", "a disagreement needs at least two viewpoints");
            }
            for (int j = 0; j < d.viewpoints().size(); j++) {
                Viewpoint v = d.viewpoints().get(j);
                required(f, dat + ".viewpoints[" + j + "].position", v.position(), "position");
                sourceRefs(f, dat + ".viewpoints[" + j + "].sources", v.sources(), true);
            }
        }
    }

    /** Every tool rated once, each rating with a reason and at least one known source. */
    private void toolRatings(String f, String at, Region r) {
        Map<Tool, Integer> seen = new HashMap<>();
        for (int i = 0; i < r.toolRatings().size(); i++) {
            ToolRating t = r.toolRatings().get(i);
            String tat = at + ".toolRatings[" + i + "]";
            if (t.tool() == null) {
                problem(f, tat + ".tool", "missing tool (" + Tool.ids() + ")");
                continue;
            }
            if (seen.containsKey(t.tool())) {
                problem(f, tat + ".tool", "tool '" + t.tool().id() + "' is rated twice (first at toolRatings[" + seen.get(t.tool()) + "])");
            }
            seen.putIfAbsent(t.tool(), i);
            if (t.rating() == null) {
                problem(f, tat + ".rating", "missing rating (avoid, caution, fine or does-not-fit)");
            }
            required(f, tat + ".reason", t.reason(), "reason");
            sourceRefs(f, tat + ".sources", t.sources(), true);
            if (t.technique() != null) {
                ref(f, tat + ".technique", t.technique(), techniqueIds, "technique");
            }
        }
        for (Tool tool : Tool.values()) {
            if (!seen.containsKey(tool)) {
                problem(f, at + ".toolRatings", "no rating for the tool '" + tool.id() + "'");
            }
        }
    }

    private void checkTechnique(String at, Technique t) {
        String f = ContentLoader.TECHNIQUES;
        required(f, at + ".title", t.title(), "title");
        required(f, at + ".tool", t.tool(), "tool");
        if (t.tools().size() != new HashSet<>(t.tools()).size()) {
            problem(f, at + ".tools", "names a tool twice");
        }
        required(f, at + ".setup", t.setup(), "set-up");
        required(f, at + ".evidence", t.evidence(), "evidence statement");
        if (t.steps().isEmpty()) {
            problem(f, at + ".steps", "no steps");
        }
        if (t.dose() == null || blank(t.dose().text())) {
            problem(f, at + ".dose", "missing dose");
        }
        if (t.dose() != null && t.dose().seconds() != null
                && (t.dose().seconds() < 1 || t.dose().seconds() > MAX_DOSE_SECONDS)) {
            problem(f, at + ".dose.seconds", "must be between 1 and " + MAX_DOSE_SECONDS + " seconds (it is "
                    + t.dose().seconds() + "); leave it out when no time applies");
        }
        texts(f, at + ".steps", t.steps());
        texts(f, at + ".cues", t.cues());
        texts(f, at + ".mistakes", t.mistakes());
        texts(f, at + ".whenNot", t.whenNot());
        if (t.regions().isEmpty()) {
            problem(f, at + ".regions", "names no region it serves");
        }
        refs(f, at + ".regions", t.regions(), regionIds, "region");
        sourceRefs(f, at + ".sources", t.sources(), true);
    }

    private void checkSource(String at, Source s) {
        String f = ContentLoader.SOURCES;
        required(f, at + ".title", s.title(), "title");
        if (s.kind() == null) {
            problem(f, at + ".kind", "missing kind");
        }
        if (s.supports().isEmpty()) {
            problem(f, at + ".supports", "does not say what it supports");
        }
        if (s.kind() == SourceKind.OWN_JUDGEMENT) {
            // The app's own reasoning: nothing outside the app was read, so nothing may say so.
            if (s.verified()) {
                problem(f, at + ".verified", "the app's own judgement cannot be marked as checked against a source");
            }
            if (!blank(s.checkedAgainst())) {
                problem(f, at + ".checkedAgainst", "the app's own judgement was not checked against anything");
            }
            if (!blank(s.url())) {
                problem(f, at + ".url", "the app's own judgement has no web address");
            }
        }
    }

    private void checkSafety() {
        String f = ContentLoader.SAFETY;
        nonEmptyClaims(f, "$.sorenessVersusTightness", safety.sorenessVersusTightness());
        nonEmptyClaims(f, "$.emergencyRedFlags", safety.emergencyRedFlags());
        nonEmptyClaims(f, "$.urgentRedFlags", safety.urgentRedFlags());
        claims(f, "$.aboutRedFlags", safety.aboutRedFlags());
        nonEmptyClaims(f, "$.contraindications", safety.contraindications());
        claims(f, "$.cautions", safety.cautions());
        refs(f, "$.redFlagRegions", safety.redFlagRegions(), regionIds, "region");
        required(f, "$.disclaimer", safety.disclaimer(), "disclaimer");
    }

    private void nonEmptyClaims(String f, String at, List<Claim> claims) {
        if (claims.isEmpty()) {
            problem(f, at, "is empty");
        }
        claims(f, at, claims);
    }

    private void claims(String f, String at, List<Claim> claims) {
        for (int i = 0; i < claims.size(); i++) {
            required(f, at + "[" + i + "].text", claims.get(i).text(), "text");
            sourceRefs(f, at + "[" + i + "].sources", claims.get(i).sources(), true);
        }
    }

    private void sourceRefs(String f, String at, List<String> ids, boolean atLeastOne) {
        if (atLeastOne && ids.isEmpty()) {
            problem(f, at, "names no source");
        }
        refs(f, at, ids, sourceIds, "source");
    }

    private void refs(String f, String at, List<String> ids, Set<String> known, String what) {
        for (int i = 0; i < ids.size(); i++) {
            ref(f, at + "[" + i + "]", ids.get(i), known, what);
        }
    }

    private void ref(String f, String at, String id, Set<String> known, String what) {
        if (!known.contains(id)) {
            problem(f, at, "refers to " + what + " '" + id + "', which does not exist");
        }
    }

    private void texts(String f, String at, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            required(f, at + "[" + i + "]", values.get(i), "text");
        }
    }

    private void required(String f, String at, String value, String what) {
        if (blank(value)) {
            problem(f, at, value == null || value.isEmpty() ? "missing " + what
                    : "missing " + what + " (only spaces or invisible characters)");
        } else if (value.length() > TextLimits.TEXT) {
            problem(f, at, "is " + value.length() + " characters long; at most " + TextLimits.TEXT
                    + " in one text (split it into several)");
        } else if (TextLimits.longestWord(value) > TextLimits.WORD) {
            problem(f, at, "has a word of " + TextLimits.longestWord(value) + " characters with no space; at most "
                    + TextLimits.WORD + " fit a line");
        } else if (VisibleText.firstControl(value) >= 0) {
            problem(f, at, String.format("contains an invisible control character (U+%04X); remove it",
                    VisibleText.firstControl(value)));
        } else if (PLACEHOLDER.matcher(value).find()) {
            problem(f, at, "placeholder text: \"" + value + "\"");
        }
    }

    private static boolean blank(String s) {
        return VisibleText.isBlank(s);
    }

    private void problem(String file, String at, String message) {
        problems.add(new ContentProblem(file, at, message));
    }
}

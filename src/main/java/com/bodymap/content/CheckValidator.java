package com.bodymap.content;

import com.bodymap.model.Side;
import com.bodymap.model.check.CheckCatalog;
import com.bodymap.model.check.CheckDefinition;
import com.bodymap.model.check.MeasureKind;
import com.bodymap.model.check.ReadingChoice;
import com.bodymap.model.check.ReadingOption;
import com.bodymap.model.check.ReleaseStep;
import com.bodymap.model.check.SourcedText;
import com.bodymap.model.check.Threshold;
import com.bodymap.model.check.ThresholdBasis;
import com.bodymap.model.check.ThresholdScale;
import com.bodymap.model.check.ValidRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks that a checks file can drive the wizard: ids unique, every text filled in, every number
 * finite (a NaN range or an infinite threshold would only fail later, inside the wizard), ranges and
 * thresholds that make sense for the measure, no value that depends on a typed minus sign, a source
 * behind every threshold that is not the app's rule of thumb, and somewhere to release for every
 * check.
 */
final class CheckValidator {
    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\b(TBD|TODO|FIXME|lorem ipsum|placeholder|XXX)\\b", Pattern.CASE_INSENSITIVE);

    private final String file;
    private final CheckCatalog catalog;
    private final List<ContentProblem> problems = new ArrayList<>();

    CheckValidator(String file, CheckCatalog catalog) {
        this.file = file;
        this.catalog = catalog;
    }

    List<ContentProblem> validate() {
        for (int i = 0; i < catalog.sources().size(); i++) {
            com.bodymap.model.Source s = catalog.sources().get(i);
            String at = "$.sources[" + i + "]";
            text(at + ".id", s.id());
            text(at + ".title", s.title());
            if (s.kind() == null) {
                problem(at + ".kind", "missing kind");
            }
        }
        sourced("$.introduction", catalog.introduction());
        sourced("$.planNote", catalog.planNote());
        if (catalog.checks().isEmpty()) {
            problem("$.checks", "no checks");
        } else if (catalog.checks().stream().allMatch(c -> c != null && c.retired())) {
            problem("$.checks", "every check is retired: the wizard would offer none");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < catalog.checks().size(); i++) {
            String at = "$.checks[" + i + "]";
            CheckDefinition c = catalog.checks().get(i);
            if (c == null) {
                problem(at, "empty entry");
                continue;
            }
            if (blank(c.id()) || !c.id().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                problem(at + ".id", "id '" + c.id() + "' must be lower-case words joined by hyphens");
            } else if (seen.putIfAbsent(c.id(), i) != null) {
                problem(at + ".id", "duplicate check id '" + c.id() + "' (first used at $.checks[" + seen.get(c.id()) + "])");
            }
            check(at, c);
        }
        return problems;
    }

    private void check(String at, CheckDefinition c) {
        text(at + ".name", c.name());
        text(at + ".equipment", c.equipment());
        text(at + ".position", c.position());
        text(at + ".measure", c.measure());
        if (c.note() != null) {
            text(at + ".note", c.note());
        }
        if (c.regions().isEmpty()) {
            problem(at + ".regions", "names no region it tests");
        }
        if (c.firstSide() == null || c.firstSide() == Side.MIDLINE) {
            problem(at + ".firstSide", "must be left or right");
        }
        if (c.tighterWhen() == null) {
            problem(at + ".tighterWhen", "missing (smaller or larger)");
        }
        if (c.kind() == null) {
            problem(at + ".kind", "missing measure kind");
            return;
        }
        if (c.kind() == MeasureKind.PASS_FAIL) {
            text(at + ".passLabel", c.passLabel());
            text(at + ".failLabel", c.failLabel());
            if (c.percentApplies()) {
                problem(at + ".percentApplies", "a pass/fail check has no percentage");
            }
        } else {
            range(at + ".range", c);
            reading(at + ".reading", c);
        }
        threshold(at + ".threshold", c);
        if (c.releases().isEmpty()) {
            problem(at + ".releases", "names no area to release");
        }
        for (int i = 0; i < c.releases().size(); i++) {
            release(at + ".releases[" + i + "]", c.releases().get(i));
        }
    }

    private void range(String at, CheckDefinition c) {
        ValidRange r = c.range();
        if (r == null) {
            problem(at, "missing (min, max, decimals)");
            return;
        }
        if (!Double.isFinite(r.min()) || !Double.isFinite(r.max())) {
            problem(at, "min and max must be ordinary numbers, not " + r.min() + " and " + r.max());
        } else if (r.min() >= r.max()) {
            problem(at, "min " + r.min() + " must be below max " + r.max());
        }
        if (r.decimals() < 0 || r.decimals() > 2) {
            problem(at + ".decimals", "must be 0, 1 or 2");
        }
        if (c.kind() == MeasureKind.RATING_0_10 && (r.min() != 0 || r.max() != 10 || r.decimals() != 0)) {
            problem(at, "a 0-10 rating must run from 0 to 10 in whole numbers");
        }
        if (c.percentApplies() && r.min() < 0) {
            problem(at + ".min", "a percentage needs values of 0 or more (set percentApplies to false)");
        }
        if (r.min() < 0 && c.reading() == null) {
            problem(at + ".min", "a value below 0 would depend on a typed minus sign: give the check a reading "
                    + "choice (such as above or below horizontal) instead");
        }
    }

    private void reading(String at, CheckDefinition c) {
        ReadingChoice choice = c.reading();
        if (choice == null) {
            return;
        }
        if (c.kind() == MeasureKind.RATING_0_10) {
            problem(at, "a 0-10 rating needs no reading choice");
        }
        text(at + ".question", choice.question());
        if (!Double.isFinite(choice.max()) || choice.max() <= 0) {
            problem(at + ".max", "must be a number above 0 (the largest reading the instrument shows)");
        }
        if (choice.options().size() < 2) {
            problem(at + ".options", "needs at least two answers to choose from");
        }
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < choice.options().size(); i++) {
            String o = at + ".options[" + i + "]";
            ReadingOption option = choice.options().get(i);
            if (option == null) {
                problem(o, "empty entry");
                continue;
            }
            if (blank(option.id())) {
                problem(o + ".id", "missing id");
            } else if (ids.putIfAbsent(option.id(), i) != null) {
                problem(o + ".id", "duplicate answer id '" + option.id() + "'");
            }
            text(o + ".label", option.label());
            if (option.sign() != 1 && option.sign() != -1) {
                problem(o + ".sign", "must be 1 or -1");
            }
            if (!Double.isFinite(option.offset())) {
                problem(o + ".offset", "must be an ordinary number");
            }
        }
    }

    private void threshold(String at, CheckDefinition c) {
        Threshold t = c.threshold();
        if (t == null) {
            problem(at, "missing: every check needs a threshold, or a rough guide");
            return;
        }
        if (t.basis() == null) {
            problem(at + ".basis", "missing (measurement-error, injury-association or rule-of-thumb)");
        }
        text(at + ".explanation", t.explanation());
        if (t.basis() != null && t.basis() != ThresholdBasis.ROUGH_GUIDE && t.sources().isEmpty()) {
            problem(at + ".sources", "a threshold based on " + basisName(t.basis()) + " must name its source");
        }
        if (c.kind() != MeasureKind.PASS_FAIL) {
            if (t.value() == null || !Double.isFinite(t.value()) || t.value() <= 0) {
                problem(at + ".value", "must be a number above 0");
            }
            if (t.scale() == ThresholdScale.PERCENT && !c.percentApplies()) {
                problem(at + ".scale", "a percent threshold needs percentApplies: true");
            }
        }
        for (int i = 0; i < t.sources().size(); i++) {
            if (blank(t.sources().get(i))) {
                problem(at + ".sources[" + i + "]", "empty source id");
            }
        }
    }

    private void release(String at, ReleaseStep r) {
        if (r.order() <= 0) {
            problem(at + ".order", "must be 1 or more (its place in the sources' order)");
        }
        text(at + ".area", r.area());
        if (r.techniques().isEmpty()) {
            problem(at + ".techniques", "names no technique card");
        }
        if (r.caution() != null) {
            text(at + ".caution", r.caution());
        }
    }

    static List<ContentProblem> missingReferences(String file, CheckCatalog catalog, ContentRepository content) {
        List<ContentProblem> missing = new ArrayList<>();
        for (int i = 0; i < catalog.sources().size(); i++) {
            String id = catalog.sources().get(i).id();
            if (content.source(id).isPresent()) {
                missing.add(new ContentProblem(file, "$.sources[" + i + "]",
                        "source '" + id + "' is now in the content's sources.json; remove it here"));
            }
        }
        missing.addAll(unknownSources(file, "$.introduction.sources", catalog.introduction(), catalog, content));
        missing.addAll(unknownSources(file, "$.planNote.sources", catalog.planNote(), catalog, content));
        for (int i = 0; i < catalog.planOrderSources().size(); i++) {
            String id = catalog.planOrderSources().get(i);
            if (content.source(id).isEmpty() && catalog.source(id).isEmpty()) {
                missing.add(new ContentProblem(file, "$.planOrderSources[" + i + "]", "unknown source '" + id + "'"));
            }
        }
        for (int i = 0; i < catalog.checks().size(); i++) {
            CheckDefinition c = catalog.checks().get(i);
            String at = "$.checks[" + i + "]";
            for (int j = 0; j < c.regions().size(); j++) {
                if (content.region(c.regions().get(j)).isEmpty()) {
                    missing.add(new ContentProblem(file, at + ".regions[" + j + "]", "unknown region '" + c.regions().get(j) + "'"));
                }
            }
            List<String> sources = c.threshold().sources();
            for (int j = 0; j < sources.size(); j++) {
                if (content.source(sources.get(j)).isEmpty() && catalog.source(sources.get(j)).isEmpty()) {
                    missing.add(new ContentProblem(file, at + ".threshold.sources[" + j + "]", "unknown source '" + sources.get(j) + "'"));
                }
            }
            for (int j = 0; j < c.releases().size(); j++) {
                ReleaseStep r = c.releases().get(j);
                for (int k = 0; k < r.techniques().size(); k++) {
                    if (content.technique(r.techniques().get(k)).isEmpty()) {
                        missing.add(new ContentProblem(file, at + ".releases[" + j + "].techniques[" + k + "]",
                                "unknown technique card '" + r.techniques().get(k) + "'"));
                    }
                }
                for (int k = 0; k < r.regions().size(); k++) {
                    if (content.region(r.regions().get(k)).isEmpty()) {
                        missing.add(new ContentProblem(file, at + ".releases[" + j + "].regions[" + k + "]",
                                "unknown region '" + r.regions().get(k) + "'"));
                    }
                }
            }
        }
        return missing;
    }

    private static List<ContentProblem> unknownSources(String file, String at, SourcedText text, CheckCatalog catalog,
                                                       ContentRepository content) {
        List<ContentProblem> missing = new ArrayList<>();
        if (text == null) {
            return missing;
        }
        for (int i = 0; i < text.sources().size(); i++) {
            String id = text.sources().get(i);
            if (content.source(id).isEmpty() && catalog.source(id).isEmpty()) {
                missing.add(new ContentProblem(file, at + "[" + i + "]", "unknown source '" + id + "'"));
            }
        }
        return missing;
    }

    private void sourced(String at, SourcedText passage) {
        if (passage == null) {
            return;
        }
        text(at + ".text", passage.text());
        if (passage.sources().isEmpty()) {
            problem(at + ".sources", "names no source");
        }
    }

    private void text(String at, String value) {
        if (blank(value)) {
            problem(at, "missing text");
        } else if (PLACEHOLDER.matcher(value).find()) {
            problem(at, "placeholder text: '" + value + "'");
        }
    }

    private void problem(String at, String message) {
        problems.add(new ContentProblem(file, at, message));
    }

    private static boolean blank(String s) {
        return VisibleText.isBlank(s);
    }

    /** The basis as a content editor reads it in a problem line (these lines are in English, like the content files). */
    private static String basisName(com.bodymap.model.check.ThresholdBasis basis) {
        return switch (basis) {
            case MEASUREMENT_ERROR -> "measurement error";
            case INJURY_ASSOCIATION -> "injury study";
            case ROUGH_GUIDE -> "the app's rule of thumb";
        };
    }
}

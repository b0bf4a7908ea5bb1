package com.bodymap.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.bodymap.model.Claim;
import com.bodymap.model.Disagreement;
import com.bodymap.model.Rating;
import com.bodymap.model.Region;
import com.bodymap.model.SafetyGuide;
import com.bodymap.model.Source;
import com.bodymap.model.SourceKind;
import com.bodymap.model.Suggestion;
import com.bodymap.model.Technique;
import com.bodymap.model.View;
import com.bodymap.model.Viewpoint;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Checks the content that ships with the app (assets/content/) beyond what the loader's validator
 * enforces: the exact set of regions the figure draws, the ratings and orders the sources support,
 * the disagreements the app promises to show, and that every source is used and every reference
 * resolves.
 */
class BundledContentTest {

    /** The regions the figure has shapes for, by view. */
    private static final Map<String, View> REGION_VIEWS = new LinkedHashMap<>();
    private static final Set<String> MIDLINE = Set.of("neck", "abdomen", "back-of-neck", "thoracic-spine", "lumbar-spine",
            "sacrum");

    static {
        for (String id : List.of("neck", "chest", "front-shoulder", "biceps", "forearm", "abdomen", "hip-flexors", "tfl",
                "quadriceps", "adductors", "it-band", "knee", "shin", "groin", "armpit", "peroneals", "palm", "obliques")) {
            REGION_VIEWS.put(id, View.FRONT);
        }
        for (String id : List.of("back-of-neck", "upper-trapezius", "rear-shoulder", "triceps", "thoracic-spine", "lats",
                "lower-ribs", "lumbar-spine", "glutes", "piriformis", "hamstrings", "back-of-knee", "calf", "achilles",
                "sole-of-foot", "low-back-muscles", "mid-back-muscles", "glute-medius", "wrist-extensors", "sacrum",
                "shoulder-blade")) {
            REGION_VIEWS.put(id, View.BACK);
        }
    }

    /** Technique ids that other parts of the app refer to by name. */
    private static final List<String> REQUIRED_TECHNIQUES = List.of("glutes-roll", "piriformis-ball", "hip-flexor-ball",
            "quadriceps-roll", "adductor-roll", "outer-thigh-instead", "tfl-ball", "hamstring-roll", "calf-roll",
            "tibialis-roll", "thoracic-roll", "lat-roll", "chest-ball", "foot-ball", "peanut-beside-spine",
            "single-ball-beside-spine", "belly-lift-breathing", "hip-lift-90-90", "dead-bug", "vibrating-roller-note");

    /** Sources the comparison wizard cites by id. */
    private static final List<String> WIZARD_SOURCES = List.of("peeler-anderson-2008", "peeler-anderson-2008-ely", "ferber-2010", "harvey-1998",
            "reese-bandy-2003", "gajdosik-1993", "powden-2015", "rabin-2015", "malliaras-2009", "ijspt-2016-faber",
            "ijspt-2015-adductor", "knapik-1991", "guan-2022", "kendall-lat-length");

    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\b(TBD|TODO|FIXME|lorem|ipsum|placeholder|XXX)\\b", Pattern.CASE_INSENSITIVE);

    private static final List<String> FILES =
            List.of(ContentLoader.REGIONS, ContentLoader.TECHNIQUES, ContentLoader.SOURCES, ContentLoader.SAFETY);

    private static ContentRepository content;

    /** Loads the bundled content once; a load failure fails the calling test with every problem listed. */
    private static synchronized ContentRepository content() {
        if (content == null) {
            try {
                content = new ContentLoader().load(ContentSource.bundled());
            } catch (ContentException e) {
                fail("bundled content has problems:\n" + e.problems().stream()
                        .map(ContentProblem::toString).collect(Collectors.joining("\n")));
            }
        }
        return content;
    }

    @Test
    void loadsWithoutProblems() {
        ContentRepository repo = content();
        assertFalse(repo.regions().isEmpty(), "no regions");
        assertFalse(repo.techniques().isEmpty(), "no techniques");
        assertFalse(repo.sources().isEmpty(), "no sources");
        assertNotNull(repo.safety(), "no safety guide");
    }

    @Test
    void regionIdsAreExactlyTheFigureShapes() {
        Set<String> actual = content().regions().stream().map(Region::id).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(REGION_VIEWS.keySet()), actual, "region ids must match the figure's shapes exactly");
    }

    @Test
    void regionsAreOnTheirViewAndMidlineRegionsAreSingle() {
        for (Region r : content().regions()) {
            assertEquals(REGION_VIEWS.get(r.id()), r.view(), r.id() + ": wrong view");
            assertEquals(!MIDLINE.contains(r.id()), r.bilateral(),
                    r.id() + (MIDLINE.contains(r.id()) ? " is on the midline" : " has a left and a right"));
        }
    }

    @Test
    void namedRegionsHaveTheirAgreedNames() {
        Map<String, String> names = Map.of(
                "it-band", "Outer thigh (IT band)",
                "thoracic-spine", "Thoracic spine (upper back)",
                "lats", "Latissimus dorsi (lats)",
                "lumbar-spine", "Lumbar spine (low back)",
                "achilles", "Achilles tendon");
        names.forEach((id, name) -> assertEquals(name, region(id).name(), id + ": name"));
    }

    @Test
    void everyRegionHasRatingReasonSourcedClaimsAndPageSections() {
        for (Region r : content().regions()) {
            assertNotNull(r.rating(), r.id() + ": no rating");
            assertFalse(r.why().isEmpty(), r.id() + ": no reason for the rating");
            assertFalse(blank(r.summary()), r.id() + ": no summary");
            assertFalse(blank(r.evidence()), r.id() + ": no evidence statement");
            assertFalse(r.instead().isEmpty(), r.id() + ": nothing under 'what to do instead'");
            assertFalse(r.aliases().isEmpty(), r.id() + ": no search aliases");
            for (Claim c : r.why()) {
                assertFalse(blank(c.text()), r.id() + ": empty reason");
                assertFalse(c.sources().isEmpty(), r.id() + ": claim without a source: " + c.text());
            }
            for (Suggestion s : r.instead()) {
                assertFalse(s.sources().isEmpty(), r.id() + ": suggestion without a source: " + s.text());
            }
            for (Disagreement d : r.disagreements()) {
                for (Viewpoint v : d.viewpoints()) {
                    assertFalse(v.sources().isEmpty(), r.id() + ": viewpoint without a source: " + v.position());
                }
            }
        }
    }

    @Test
    void fineAndCautionRegionsHaveATechniqueCard() {
        for (Region r : content().regions()) {
            if (r.rating() != Rating.AVOID) {
                assertFalse(r.techniques().isEmpty(), r.id() + " is " + r.rating().word() + " but has no technique card");
            }
        }
    }

    @Test
    void lumbarSpineIsAvoidWithTheSourcesOrderOfPlacesToLookFirst() {
        Region lumbar = region("lumbar-spine");
        assertEquals(Rating.AVOID, lumbar.rating());
        assertEquals(List.of("hip-flexors", "quadriceps", "adductors", "it-band", "hamstrings", "lats"), lumbar.lookElsewhere());
        assertTrue(lumbar.techniques().containsAll(List.of("peanut-beside-spine", "belly-lift-breathing")),
                "the low back page must offer the peanut and breathing cards");
    }

    @Test
    void redRegionsAgreedByTheSourcesAreAvoid() {
        for (String id : List.of("lumbar-spine", "neck", "back-of-neck", "knee", "back-of-knee", "lower-ribs")) {
            assertEquals(Rating.AVOID, region(id).rating(), id);
        }
    }

    @Test
    void contestedRegionsShowBothSidesWithTheirSources() {
        for (String id : List.of("glutes", "it-band", "lower-ribs", "lumbar-spine")) {
            Region r = region(id);
            assertFalse(r.disagreements().isEmpty(), id + ": the sources disagree here, so the page must say so");
            Disagreement d = r.disagreements().get(0);
            assertFalse(blank(d.topic()), id + ": disagreement without a topic");
            assertTrue(d.viewpoints().size() >= 2, id + ": a disagreement needs two viewpoints");
            for (Viewpoint v : d.viewpoints()) {
                assertFalse(blank(v.position()), id + ": empty viewpoint");
                assertFalse(v.sources().isEmpty(), id + ": viewpoint without a source");
            }
            Set<String> first = new HashSet<>(d.viewpoints().get(0).sources());
            Set<String> second = new HashSet<>(d.viewpoints().get(1).sources());
            assertFalse(first.equals(second), id + ": both viewpoints cite the same sources");
        }
    }

    @Test
    void everyTechniqueHasStepsDoseAndSourceAndIsReachableFromItsRegions() {
        List<String> problems = new ArrayList<>();
        for (Technique t : content().techniques()) {
            if (t.steps().size() < 4 || t.steps().size() > 7) {
                problems.add(t.id() + ": " + t.steps().size() + " steps (want 4 to 7)");
            }
            for (String step : t.steps()) {
                if (blank(step) || step.matches("^\\s*\\d+[.)].*")) {
                    problems.add(t.id() + ": step is empty or carries its own number: " + step);
                }
            }
            if (t.dose() == null || blank(t.dose().text())) {
                problems.add(t.id() + ": no dose text");
            }
            if (t.sources().isEmpty()) {
                problems.add(t.id() + ": no source");
            }
            if (t.regions().isEmpty()) {
                problems.add(t.id() + ": serves no region");
            }
            for (String regionId : t.regions()) {
                Region r = content().region(regionId).orElse(null);
                if (r == null) {
                    problems.add(t.id() + ": names unknown region " + regionId);
                } else if (!reachable(r, t.id())) {
                    problems.add(t.id() + ": region " + regionId + " neither lists it nor links to it");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void requiredTechniqueCardsExistAndEveryCardIsOfferedSomewhere() {
        for (String id : REQUIRED_TECHNIQUES) {
            assertTrue(content().technique(id).isPresent(), "missing technique card " + id);
        }
        Set<String> offered = new HashSet<>();
        for (Region r : content().regions()) {
            offered.addAll(r.techniques());
            r.instead().stream().map(Suggestion::technique).filter(id -> id != null).forEach(offered::add);
        }
        for (Technique t : content().techniques()) {
            assertTrue(offered.contains(t.id()), t.id() + " is not offered on any region page");
        }
    }

    @Test
    void noPlaceholderTextAnywhere() throws IOException {
        List<String> hits = new ArrayList<>();
        for (String file : FILES) {
            String text = read(file);
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                hits.add(file + ": '" + m.group() + "' near: " + around(text, m.start()));
            }
        }
        forEachText((where, text) -> {
            if (PLACEHOLDER.matcher(text).find()) {
                hits.add(where + ": " + text);
            }
        });
        assertTrue(hits.isEmpty(), "placeholder text:\n" + String.join("\n", hits));
    }

    @Test
    void everyReferencedSourceExists() {
        Set<String> known = content().sources().stream().map(Source::id).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        forEachCitation((where, id) -> {
            if (!known.contains(id)) {
                missing.add(where + " -> " + id);
            }
        });
        assertTrue(missing.isEmpty(), "unknown source ids:\n" + String.join("\n", missing));
    }

    @Test
    void everySourceIsCitedBySomething() throws ContentException {
        Set<String> cited = new HashSet<>();
        forEachCitation((where, id) -> cited.add(id));
        // The self-tests in assets/checks cite content sources too (their measurement errors).
        com.bodymap.model.check.CheckCatalog checks = new CheckLoader().loadBundled();
        checks.checks().forEach(c -> cited.addAll(c.threshold().sources()));
        cited.addAll(checks.planOrderSources());
        List<String> orphans = content().sources().stream().map(Source::id).filter(id -> !cited.contains(id)).toList();
        assertTrue(orphans.isEmpty(), "sources cited by nothing: " + orphans);
    }

    @Test
    void startingArticlesAndWizardSourcesArePresentWithHonestStatus() {
        assertEquals(SourceKind.COACH_ARTICLE, source("mff-lower-back").kind());
        assertEquals(SourceKind.PRACTITIONER_OPINION, source("mobility-mastery-low-back").kind());
        assertEquals(SourceKind.VENDOR_PAGE, source("strong321-lumbar").kind());
        assertEquals(SourceKind.COACH_ARTICLE, source("nasm-low-back").kind(), "a trainer-education blog, not a clinician");
        assertEquals(SourceKind.CLINICIAN_ARTICLE, source("werner-2020").kind());
        // Read in full: checked means the app says what they say, not that their advice is proven.
        for (String id : List.of("mff-lower-back", "mobility-mastery-low-back", "strong321-lumbar")) {
            assertTrue(source(id).verified(), id + " was read in full");
        }
        assertFalse(source("behm-2022-unmatched").verified(), "the vendor's unmatched PubMed id must not show as verified");
        for (String id : List.of("behm-wilke-2019", "wilke-2020", "wiewelhove-2019", "fijavz-2024", "falvey-2010", "pepper-2021",
                "nice-ng59", "nhs-back-pain-red-flags", "grieve-2015")) {
            assertTrue(source(id).verified(), id + " was checked and should show as verified");
        }
        for (String id : WIZARD_SOURCES) {
            assertFalse(source(id).supports().isEmpty(), id + ": say what it supports");
        }
    }

    /** Issue 12: a commentary and a narrative review were printed as "systematic review or meta-analysis". */
    @Test
    void sourceKindsMatchWhatEachSourceIs() {
        assertEquals(SourceKind.COMMENTARY, source("behm-2020").kind(), "Behm 2020 is a clinical commentary");
        assertEquals(SourceKind.NARRATIVE_REVIEW, source("behm-wilke-2019").kind(), "Behm & Wilke 2019 is a narrative review");
        for (String id : List.of("cheatham-2015", "wiewelhove-2019", "wilke-2020", "konrad-2022", "park-2021",
                "alonso-calvete-2022", "zhou-2024", "powden-2015", "guan-2022")) {
            assertEquals(SourceKind.REVIEW, source(id).kind(), id + " is a systematic review or meta-analysis");
        }
        for (Source s : content().sources()) {
            if (s.kind() == SourceKind.REVIEW) {
                assertFalse(s.title().toLowerCase().contains("commentary") || s.title().toLowerCase().contains("narrative"),
                        s.id() + " calls itself a commentary or narrative review");
            }
        }
    }

    /** Checked sources say what was read; the ones that could not be checked say why. */
    @Test
    void verificationMarksSayWhatWasReadOrWhyNot() {
        for (Source s : content().sources()) {
            if (s.verified()) {
                assertFalse(blank(s.checkedAgainst()), s.id() + ": say what it was checked against");
            } else {
                assertTrue(s.checkedAgainst() == null, s.id() + ": not checked, so nothing was read");
                assertFalse(blank(s.note()), s.id() + ": say why it could not be checked");
            }
        }
        assertTrue(content().sources().stream().filter(s -> !s.verified()).count() <= 5,
                "only what truly could not be checked is marked so");
    }

    /** The specific overstatements issue 12 names, and internal words a user must never see. */
    @Test
    void claimsSayNoMoreThanTheirSources() {
        Region lumbar = region("lumbar-spine");
        assertFalse(lumbar.summary().contains("All our sources agree"), "the coach only says 'probably not'");
        assertTrue(lumbar.summary().contains("probably not"), "the coach's hedge is shown");
        assertTrue(lumbar.why().stream().anyMatch(c -> c.text().contains("quadratus lumborum")), "the practitioner's QL");
        assertTrue(lumbar.instead().stream().anyMatch(s -> s.text().contains("Postural Restoration")), "the coach's PRI advice");
        Region it = region("it-band");
        for (Suggestion s : it.instead()) {
            if (s.text().contains("TFL") || s.text().contains("glutes") || s.text().contains("quadriceps")) {
                assertFalse(s.sources().contains("mobility-mastery-low-back"),
                        "the practitioner never names this alternative: " + s.text());
            }
        }
        for (Viewpoint v : it.disagreements().get(0).viewpoints()) {
            assertFalse(v.position().contains("works the TFL, glutes"), "not credited to the practitioner: " + v.position());
        }
        assertTrue(it.why().stream().anyMatch(c -> c.sources().contains("pepper-2021") && c.text().contains("every group")),
                "Pepper's 0.8 degrees was a time effect in every group");
        assertTrue(region("hamstrings").why().stream().anyMatch(c -> c.sources().contains("knapik-1991") && c.text().contains("trend")),
                "Knapik's either-side result was only a trend");
        assertTrue(it.why().stream().anyMatch(c -> c.sources().contains("ferber-2010") && c.text().contains("not a left/right threshold")),
                "Ferber's figures are a spread between people");
        assertFalse(region("hip-flexors").disagreements().isEmpty(), "the vendor's strap stretch against the coach's view of stretching");
        List<String> internal = new ArrayList<>();
        forEachText((where, text) -> {
            if (text.toLowerCase().matches(".*\\b(seeds?|seed articles?|staging|staged|unverified)\\b.*")) {
                internal.add(where + ": " + text);
            }
        });
        assertTrue(internal.isEmpty(), "internal words where a user can see them:\n" + String.join("\n", internal));
    }

    /**
     * Search must land on the right region: an alias that two regions share ("gluteus medius" on
     * both the glutes and the side of the hip) sends half the users to the wrong page. Names count
     * too, so no alias may be another region's name.
     */
    @Test
    void noAliasBelongsToTwoRegions() {
        Map<String, Set<String>> owners = new LinkedHashMap<>();
        for (Region r : content().regions()) {
            owners.computeIfAbsent(normalised(r.name()), k -> new TreeSet<>()).add(r.id());
            r.aliases().forEach(a -> owners.computeIfAbsent(normalised(a), k -> new TreeSet<>()).add(r.id()));
        }
        List<String> shared = owners.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> "'" + e.getKey() + "': " + e.getValue()).toList();
        assertTrue(shared.isEmpty(), "names or aliases of more than one region:\n" + String.join("\n", shared));
    }

    /** Typing any alias in full puts its own region first in the search results. */
    @Test
    void everyAliasFindsItsOwnRegionFirst() {
        List<String> wrong = new ArrayList<>();
        for (Region r : content().regions()) {
            for (String alias : r.aliases()) {
                List<Region> found = content().search(alias);
                if (found.isEmpty() || !found.get(0).id().equals(r.id())) {
                    wrong.add("'" + alias + "' finds " + found.stream().map(Region::id).toList() + " before " + r.id());
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /**
     * Cards and region pages agree both ways. A card's regions are the regions it is done on; each
     * lists the card. A card a page lists that is for another region is an alternative, and the
     * page's "instead" names that region (exercises with no tool excepted: any page may offer them).
     * A tool rated fine links a card for that tool and that region; a caution that links a card for
     * a neighbouring region names that region under "instead". A suggestion that names a region and
     * a card names a card done on that region.
     */
    @Test
    void cardsAndPagesAgreeBothWays() {
        List<String> problems = new ArrayList<>();
        for (Technique t : content().techniques()) {
            for (String regionId : t.regions()) {
                content().region(regionId).filter(r -> !r.techniques().contains(t.id()))
                        .ifPresent(r -> problems.add(t.id() + " is for " + regionId + ", but that page does not list it"));
            }
        }
        for (Region r : content().regions()) {
            for (String id : r.techniques()) {
                Technique t = content().technique(id).orElseThrow();
                boolean named = r.instead().stream()
                        .anyMatch(s -> id.equals(s.technique()) && s.region() != null && t.regions().contains(s.region()));
                // An exercise (a card with no tool: breathing, the dead bug) is not done on a region,
                // so any page may offer it.
                if (!t.regions().contains(r.id()) && !named && !t.tools().isEmpty()) {
                    problems.add(r.id() + " lists " + id + ", which is for " + t.regions()
                            + ", without saying where it goes under 'instead'");
                }
            }
            for (com.bodymap.model.ToolRating tr : r.toolRatings()) {
                if (tr.technique() == null) {
                    continue;
                }
                Technique t = content().technique(tr.technique()).orElseThrow();
                boolean forHere = t.tools().contains(tr.tool()) && t.regions().contains(r.id());
                if (tr.rating() == com.bodymap.model.ToolVerdict.FINE && !forHere) {
                    problems.add(r.id() + "/" + tr.tool().id() + " is fine but links " + t.id()
                            + " (tools " + t.tools() + ", regions " + t.regions() + ")");
                }
                // Shown as "Card:" (how to use the tool here) yet done on another region: the page
                // must say where, as the sacrum's "instead" names the glutes for the glutes card.
                boolean namedInstead = r.instead().stream().anyMatch(s -> t.id().equals(s.technique())
                        && s.region() != null && t.regions().contains(s.region()));
                if (tr.rating() == com.bodymap.model.ToolVerdict.CAUTION && !tr.cardIsAlternative(t)
                        && !t.regions().contains(r.id()) && !namedInstead) {
                    problems.add(r.id() + "/" + tr.tool().id() + " shows " + t.id() + " as its card, which is for "
                            + t.regions() + ", without naming that region under 'instead'");
                }
            }
            for (Suggestion s : r.instead()) {
                if (s.region() != null && s.technique() != null
                        && !content().technique(s.technique()).orElseThrow().regions().contains(s.region())) {
                    problems.add(r.id() + ": 'instead' links " + s.technique() + " for " + s.region() + ", which it is not for");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * A reason or claim that rests on the app's own judgement says so in words ("our judgement",
     * "we rate"), not only on its chip, so it is never read as a source's finding.
     */
    @Test
    void theAppsOwnJudgementIsLabelledInTheText() {
        Source own = source("body-map-judgement");
        assertEquals(SourceKind.OWN_JUDGEMENT, own.kind());
        assertFalse(own.verified(), "nothing outside the app to check it against");
        assertFalse(own.unchecked(), "and so never shown as 'could not be checked'");
        Pattern ours = Pattern.compile("\\b(our|we)\\b", Pattern.CASE_INSENSITIVE);
        List<String> unlabelled = new ArrayList<>();
        for (Region r : content().regions()) {
            for (Claim c : r.why()) {
                if (c.sources().contains(own.id()) && !ours.matcher(c.text()).find()) {
                    unlabelled.add(r.id() + ".why: " + c.text());
                }
            }
            for (com.bodymap.model.ToolRating t : r.toolRatings()) {
                if (t.sources().contains(own.id()) && !ours.matcher(t.reason()).find()) {
                    unlabelled.add(r.id() + "/" + t.tool().id() + ": " + t.reason());
                }
            }
        }
        assertTrue(unlabelled.isEmpty(), "say it is the app's own judgement:\n" + String.join("\n", unlabelled));
    }

    /**
     * Werner's endangerment-site article was read for the places it lists (supports); it must not be
     * cited for others, as it once was for the shin bone, the breastbone and the inner arm.
     */
    @Test
    void theEndangermentListIsCitedOnlyForThePlacesItWasReadFor() {
        Pattern places = Pattern.compile("neck|carotid|jugular|knee|groin|femoral|inner thigh|sciatic|buttock|fibular"
                + "|organ|kidney|vein|clot|lymph|light|broad|safety list", Pattern.CASE_INSENSITIVE);
        Pattern notRead = Pattern.compile("breastbone|shin bone|inner (side|groove)|elbow|wrist|tibial nerve|bony point",
                Pattern.CASE_INSENSITIVE);
        List<String> wrong = new ArrayList<>();
        BiConsumer<String, String> check = (where, text) -> {
            if (!places.matcher(text).find() || notRead.matcher(text).find()) {
                wrong.add(where + ": " + text);
            }
        };
        for (Region r : content().regions()) {
            r.toolRatings().stream().filter(t -> t.sources().contains("werner-2020"))
                    .forEach(t -> check.accept(r.id() + "/" + t.tool().id(), t.reason()));
            r.why().stream().filter(c -> c.sources().contains("werner-2020"))
                    .forEach(c -> check.accept(r.id() + ".why", c.text()));
        }
        assertTrue(wrong.isEmpty(), "werner-2020 cited for what it was not read for:\n" + String.join("\n", wrong));
    }

    @Test
    void safetyGuideIsComplete() {
        SafetyGuide s = content().safety();
        assertFalse(s.sorenessVersusTightness().isEmpty(), "soreness versus tightness");
        assertFalse(s.emergencyRedFlags().isEmpty(), "emergency red flags");
        assertFalse(s.urgentRedFlags().isEmpty(), "urgent red flags");
        assertFalse(s.contraindications().isEmpty(), "contraindications");
        assertFalse(blank(s.disclaimer()), "disclaimer");
        // The panel's heading says what to do once; each flag is just the sign, so the list reads quickly.
        for (Claim c : s.emergencyRedFlags()) {
            assertFalse(c.text().contains("emergency services") || c.text().contains("A&E"),
                    "say the action once, in the heading, not per sign: " + c.text());
        }
        for (Claim c : s.emergencyRedFlags()) {
            assertFalse(c.text().contains("999"), "the number to call is the app's, per country, not in the content: " + c.text());
        }
        assertTrue(s.urgentRedFlags().stream().noneMatch(c -> c.text().startsWith("These signs are clues")),
                "a note about the flags is not itself a flag");
    }

    /** Issue 12: true contraindications only under "do not roll"; cautions under their own heading. */
    @Test
    void contraindicationsAndCautionsAreApartWithWhatAPhysioExpects() {
        SafetyGuide s = content().safety();
        List<String> bans = s.contraindications().stream().map(Claim::text).toList();
        assertEquals(3, bans.size(), "wounds, fractures and a clot in a leg vein: " + bans);
        assertTrue(bans.stream().allMatch(t -> t.startsWith("Do not")), "each is a plain 'do not': " + bans);
        String cautions = String.join("\n", s.cautions().stream().map(Claim::text).toList()).toLowerCase();
        for (String expected : List.of("tumour", "surgery", "fever", "infection", "numbness", "pacemaker", "lymphoedema",
                "lymph nodes", "muscle tear", "inflammation", "osteoporosis", "blood thinners")) {
            assertTrue(cautions.contains(expected), "cautions should cover: " + expected);
        }
        Claim pregnancy = s.cautions().stream().filter(c -> c.text().startsWith("Pregnancy: ")).findFirst().orElseThrow();
        assertTrue(pregnancy.sources().contains("pregnancy-lying-flat") && pregnancy.text().contains("because"),
                "the pregnancy advice says what it rests on");
        assertTrue(s.cautions().stream().anyMatch(c -> c.text().contains("clot") && c.sources().contains("rcog-vte-pregnancy")),
                "pregnancy raises the clot risk");
        assertTrue(s.redFlagRegions().containsAll(List.of("lumbar-spine", "thoracic-spine", "lower-ribs")));
    }

    /**
     * Every region a user would call their back (by name or alias: the low, mid or upper back, or
     * the base of the spine) shows the red flags, so a region added later cannot miss them.
     */
    @Test
    void everyBackRegionShowsTheRedFlags() {
        java.util.regex.Pattern back = java.util.regex.Pattern.compile(
                "\\b(low|lower|mid|middle|upper) back\\b|base of the spine|small of the back");
        for (Region r : content().regions()) {
            boolean isBack = back.matcher(r.name().toLowerCase()).find()
                    || r.aliases().stream().anyMatch(a -> back.matcher(a.toLowerCase()).find());
            if (isBack) {
                assertTrue(content().safety().showsRedFlags(r.id()), r.id() + " is part of the back: add it to redFlagRegions");
            }
        }
    }

    // ---------------------------------------------------------------------------------------------

    private static String normalised(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }

    private static boolean reachable(Region r, String techniqueId) {
        return r.techniques().contains(techniqueId)
                || r.instead().stream().anyMatch(s -> techniqueId.equals(s.technique()));
    }

    private static Region region(String id) {
        return content().region(id).orElseThrow(() -> new AssertionError("missing region " + id));
    }

    private static Source source(String id) {
        return content().source(id).orElseThrow(() -> new AssertionError("missing source " + id));
    }

    /** Every source id cited anywhere, with where it is cited. */
    private static void forEachCitation(BiConsumer<String, String> visit) {
        for (Region r : content().regions()) {
            r.why().forEach(c -> c.sources().forEach(id -> visit.accept(r.id() + ".why", id)));
            r.toolRatings().forEach(t -> t.sources().forEach(id -> visit.accept(r.id() + ".toolRatings", id)));
            r.instead().forEach(s -> s.sources().forEach(id -> visit.accept(r.id() + ".instead", id)));
            r.disagreements().forEach(d -> d.viewpoints().forEach(
                    v -> v.sources().forEach(id -> visit.accept(r.id() + ".disagreements", id))));
        }
        for (Technique t : content().techniques()) {
            t.sources().forEach(id -> visit.accept("technique " + t.id(), id));
        }
        SafetyGuide s = content().safety();
        for (List<Claim> claims : List.of(s.sorenessVersusTightness(), s.emergencyRedFlags(), s.urgentRedFlags(),
                s.aboutRedFlags(), s.contraindications(), s.cautions())) {
            claims.forEach(c -> c.sources().forEach(id -> visit.accept("safety", id)));
        }
    }

    /** Every piece of user-facing text, with where it is. */
    private static void forEachText(BiConsumer<String, String> visit) {
        for (Region r : content().regions()) {
            String at = "region " + r.id();
            visit.accept(at + ".name", r.name());
            visit.accept(at + ".summary", r.summary());
            visit.accept(at + ".evidence", r.evidence());
            r.aliases().forEach(a -> visit.accept(at + ".aliases", a));
            r.why().forEach(c -> visit.accept(at + ".why", c.text()));
            r.toolRatings().forEach(t -> visit.accept(at + ".toolRatings", t.reason()));
            r.instead().forEach(s -> visit.accept(at + ".instead", s.text()));
            r.disagreements().forEach(d -> {
                visit.accept(at + ".disagreements", d.topic());
                d.viewpoints().forEach(v -> visit.accept(at + ".disagreements", v.position()));
            });
        }
        for (Technique t : content().techniques()) {
            String at = "technique " + t.id();
            for (String text : List.of(t.title(), t.tool(), t.setup(), t.evidence(), t.dose().text())) {
                visit.accept(at, text);
            }
            for (List<String> texts : List.of(t.steps(), t.cues(), t.mistakes(), t.whenNot())) {
                texts.forEach(text -> visit.accept(at, text));
            }
        }
        for (Source s : content().sources()) {
            String at = "source " + s.id();
            visit.accept(at, s.title());
            if (s.note() != null) {
                visit.accept(at, s.note());
            }
            s.supports().forEach(text -> visit.accept(at, text));
        }
        SafetyGuide s = content().safety();
        visit.accept("safety.disclaimer", s.disclaimer());
        for (List<Claim> claims : List.of(s.sorenessVersusTightness(), s.emergencyRedFlags(), s.urgentRedFlags(),
                s.aboutRedFlags(), s.contraindications(), s.cautions())) {
            claims.forEach(c -> visit.accept("safety", c.text()));
        }
    }

    private static String read(String file) throws IOException {
        try (InputStream in = ContentSource.bundled().open(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 30), Math.min(text.length(), at + 30)).replace('\n', ' ');
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

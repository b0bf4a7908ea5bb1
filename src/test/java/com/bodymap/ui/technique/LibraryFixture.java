package com.bodymap.ui.technique;

import com.bodymap.content.ContentRepository;
import com.bodymap.model.Claim;
import com.bodymap.model.Disagreement;
import com.bodymap.model.Dose;
import com.bodymap.model.Rating;
import com.bodymap.model.Region;
import com.bodymap.model.SafetyGuide;
import com.bodymap.model.Source;
import com.bodymap.model.SourceKind;
import com.bodymap.model.Suggestion;
import com.bodymap.model.Technique;
import com.bodymap.model.View;
import com.bodymap.model.Viewpoint;
import java.util.List;

/** A small library built in code, so the view-model tests do not change when the bundled content does. */
public final class LibraryFixture {
    private LibraryFixture() {
    }

    public static ContentRepository content() {
        List<Region> regions = List.of(
                region("lumbar-spine", "Lumbar spine (low back)", View.BACK, false, Rating.AVOID, List.of("low back"),
                        List.of(new Claim("No ribs guard it.", List.of("coach"))), List.of("peanut")),
                region("glutes", "Glutes", View.BACK, true, Rating.FINE, List.of("buttocks"),
                        List.of(new Claim("Padded and strong.", List.of("vendor"))), List.of("glute-roll", "piriformis-ball")),
                region("it-band", "Outer thigh (IT band)", View.FRONT, true, Rating.CAUTION, List.of(),
                        List.of(new Claim("Roll beside it.", List.of("coach", "review"))), List.of("it-band-neighbours")),
                region("hamstrings", "Hamstrings", View.BACK, true, Rating.FINE, List.of("back of thigh"),
                        List.of(new Claim("Big muscles.", List.of("review"))), List.of("hamstring-roll")));
        List<Technique> techniques = List.of(
                card("glute-roll", "Roll the glutes", "Foam roller", List.of("glutes"), List.of("vendor")),
                card("piriformis-ball", "Piriformis with a ball", "Lacrosse ball", List.of("glutes"), List.of("vendor")),
                card("peanut", "Two balls beside the spine", "Two lacrosse balls taped together", List.of("lumbar-spine"), List.of("coach")),
                card("it-band-neighbours", "The muscles beside the IT band", "Foam roller and a lacrosse ball", List.of("it-band", "hamstrings"), List.of("coach")),
                card("hamstring-roll", "Roll the hamstrings", "Foam roller", List.of("hamstrings"), List.of("review", "coach")));
        List<Source> sources = List.of(
                new Source("coach", "Should you roll your back?", "A gym", "2020", SourceKind.CLINICIAN_ARTICLE, null, true,
                        List.of("leave the low back alone"), null),
                new Source("vendor", "Rolling guide", "A roller shop", null, SourceKind.VENDOR_PAGE, "https://example.org/guide", false,
                        List.of("doses"), "Sells rollers."),
                new Source("review", "A review of rolling", "A journal", "2019", SourceKind.REVIEW, null, true,
                        List.of("short-term range of motion"), null),
                new Source("uncited", "Nobody cites this", "Somewhere", "2001", SourceKind.STUDY, null, true, List.of(), null));
        SafetyGuide safety = new SafetyGuide(
                List.of(new Claim("Soreness fades in days.", List.of("coach"))),
                List.of(new Claim("Numbness around the groin.", List.of("review")), new Claim("Loss of bladder control.", List.of("review"))),
                List.of(new Claim("Fever with back pain.", List.of("coach"))),
                List.of(),
                List.of(new Claim("Open wounds.", List.of("vendor"))),
                "Education, not medical advice.");
        return new ContentRepository(regions, techniques, sources, safety);
    }

    /** The glutes carry a disagreement; the lumbar spine a look-elsewhere list and an instead link. */
    private static Region region(String id, String name, View view, boolean bilateral, Rating rating, List<String> aliases,
                                 List<Claim> why, List<String> techniques) {
        List<Suggestion> instead = id.equals("lumbar-spine")
                ? List.of(new Suggestion("Roll the hamstrings.", "hamstrings", "hamstring-roll", List.of("coach")))
                : List.of();
        List<String> elsewhere = id.equals("lumbar-spine") ? List.of("hamstrings", "glutes") : List.of();
        List<Disagreement> disagreements = id.equals("glutes")
                ? List.of(new Disagreement("in a flare-up", List.of(new Viewpoint("Roll them.", List.of("vendor")),
                        new Viewpoint("Leave them.", List.of("coach")))))
                : List.of();
        return new Region(id, name, view, bilateral, rating, aliases, name + " summary.", why, instead, techniques,
                elsewhere, disagreements, "Opinion.");
    }

    private static Technique card(String id, String title, String tool, List<String> regions, List<String> sources) {
        return new Technique(id, title, tool, "Set up.", List.of("First.", "Second.", "Third."),
                new Dose(60, "side", "1 to 2 passes", "daily", "About a minute per side, once a day."),
                List.of("Breathe out."), List.of("Going too fast."), List.of("Over a bruise."), regions, sources, "Opinion.");
    }
}

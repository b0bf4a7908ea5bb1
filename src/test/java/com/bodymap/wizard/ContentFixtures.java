package com.bodymap.wizard;

import com.bodymap.content.ContentRepository;
import com.bodymap.model.Claim;
import com.bodymap.model.Dose;
import com.bodymap.model.Rating;
import com.bodymap.model.Region;
import com.bodymap.model.SafetyGuide;
import com.bodymap.model.Source;
import com.bodymap.model.SourceKind;
import com.bodymap.model.Technique;
import com.bodymap.model.View;
import java.util.ArrayList;
import java.util.List;

/**
 * A small content set for tests of the wizard: the regions the checks test, a few technique cards
 * (deliberately not all, so the "card missing" path is exercised) and a few sources.
 */
public final class ContentFixtures {
    private ContentFixtures() {
    }

    public static ContentRepository content() {
        List<Region> regions = new ArrayList<>();
        regions.add(region("hip-flexors", "Hip flexors", View.FRONT, true, List.of()));
        regions.add(region("quadriceps", "Quadriceps", View.FRONT, true, List.of()));
        regions.add(region("adductors", "Adductors", View.FRONT, true, List.of()));
        regions.add(region("it-band", "IT band", View.FRONT, true, List.of()));
        regions.add(region("tfl", "TFL", View.FRONT, true, List.of()));
        regions.add(region("hamstrings", "Hamstrings", View.BACK, true, List.of()));
        regions.add(region("calf", "Calf", View.BACK, true, List.of()));
        regions.add(region("glutes", "Glutes", View.BACK, true, List.of()));
        regions.add(region("piriformis", "Piriformis", View.BACK, true, List.of()));
        regions.add(region("lats", "Lats", View.BACK, true, List.of()));
        regions.add(region("lumbar-spine", "Lumbar spine", View.BACK, false, List.of("hip-flexors", "quadriceps")));
        List<Technique> techniques = List.of(
                technique("hip-flexor-ball", "Hip flexors with a ball", "hip-flexors"),
                technique("quadriceps-roll", "Rolling the quadriceps", "quadriceps"),
                technique("calf-roll", "Rolling the calves", "calf"));
        List<Source> sources = List.of(
                source("powden-2015", "Powden et al., Manual Therapy", "2015", SourceKind.STUDY),
                source("peeler-anderson-2008", "Peeler and Anderson, J Athl Train", "2008", SourceKind.STUDY),
                source("mobility-mastery-low-back", "Why I never recommend foam rolling the low back", "", SourceKind.PRACTITIONER_OPINION));
        Claim claim = new Claim("A claim.", List.of("powden-2015"));
        SafetyGuide safety = new SafetyGuide(List.of(claim), List.of(claim), List.of(claim), List.of(), List.of(claim),
                "Education, not medical advice.");
        return new ContentRepository(regions, techniques, sources, safety);
    }

    private static Region region(String id, String name, View view, boolean bilateral, List<String> lookElsewhere) {
        return new Region(id, name, view, bilateral, Rating.FINE, List.of(), name + " summary.",
                List.of(new Claim("Why.", List.of("powden-2015"))), List.of(), List.of(), lookElsewhere, List.of(),
                "Evidence.");
    }

    private static Technique technique(String id, String title, String region) {
        return new Technique(id, title, "Foam roller", "Set up.", List.of("Roll."),
                new Dose(60, "side", "1", "daily", "60 s per side"), List.of(), List.of(), List.of(),
                List.of(region), List.of("powden-2015"), "Evidence.");
    }

    private static Source source(String id, String title, String year, SourceKind kind) {
        return new Source(id, title, null, year, kind, null, true, List.of("checks"), null);
    }
}

package com.bodymap.export;

import com.bodymap.content.ContentRepository;
import com.bodymap.model.Claim;
import com.bodymap.model.Disagreement;
import com.bodymap.model.Dose;
import com.bodymap.model.Figure;
import com.bodymap.model.FigureShape;
import com.bodymap.model.Rating;
import com.bodymap.model.Region;
import com.bodymap.model.SafetyGuide;
import com.bodymap.model.Source;
import com.bodymap.model.SourceKind;
import com.bodymap.model.Suggestion;
import com.bodymap.model.Technique;
import com.bodymap.model.View;
import com.bodymap.model.Viewpoint;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Small content built in code, so sheet tests do not depend on the bundled content. */
public final class SheetFixtures {
    /** Long enough to wrap onto two footer lines, so their reading order is checked too. */
    public static final String DISCLAIMER = "Education, not medical advice. Pain, numbness or weakness are reasons to see a clinician; "
            + "so are tingling, pain at night, and anything that gets worse after rolling rather than better.";

    private SheetFixtures() {
    }

    public static ContentRepository content() {
        List<Source> sources = List.of(
                new Source("review-2019", "Foam rolling for recovery: a meta-analysis", "Frontiers in Physiology", "2019",
                        SourceKind.REVIEW, "https://example.org/review-2019", true, List.of(), null),
                new Source("coach-blog", "Why not to roll your lower back", "A coaching site", "2021",
                        SourceKind.CLINICIAN_ARTICLE, "https://example.org/a/very/long/address/that/has/no/spaces/in/it/at/all/and/must/be/broken/between/characters/to/fit/on/the/line", false, List.of(), null),
                new Source("guideline", "Low back pain guideline", "NICE", "2020", SourceKind.GUIDELINE, null, true, List.of(), null));
        List<Region> regions = List.of(
                new Region("lumbar-spine", "Lumbar spine", View.BACK, false, Rating.AVOID, List.of("low back"),
                        "Do not roll the low back directly; work on the hips and upper back instead.",
                        List.of(new Claim("The lumbar spine has no ribs to protect the organs and spine from direct pressure.", List.of("coach-blog")),
                                new Claim("Rolling here can make the back muscles guard and tighten further.", List.of("review-2019", "coach-blog"))),
                        List.of(new Suggestion("Roll the glutes instead.", "glutes", "glute-roll", List.of("review-2019"))),
                        List.of("lumbar-stretch", "glute-roll"), List.of("glutes"),
                        List.of(new Disagreement("gentle rolling", List.of(
                                new Viewpoint("Some coaches roll the low back gently with a soft roller.", List.of("coach-blog")),
                                new Viewpoint("Guidelines do not recommend it.", List.of("guideline"))))),
                        "Mostly clinician opinion; few studies."),
                new Region("glutes", "Glutes", View.BACK, true, Rating.FINE, List.of("buttocks"),
                        "Fine to roll with a foam roller or a ball.", List.of(new Claim("Large muscles with no major nerves at the surface.", List.of("review-2019"))),
                        List.of(), List.of("glute-roll"), List.of(), List.of(), "Some studies."),
                new Region("it-band", "IT band", View.FRONT, true, Rating.CAUTION, List.of(),
                        "Roll the muscles around it gently rather than the band itself.",
                        List.of(new Claim("The band is not a muscle and does not stretch.", List.of("review-2019"))),
                        List.of(), List.of("glute-roll"), List.of(), List.of(), "Limited."));
        List<Technique> techniques = List.of(
                new Technique("glute-roll", "Glute roll", "Foam roller",
                        "Sit on the roller with one ankle crossed over the other knee.",
                        List.of("Lean towards the crossed leg.", "Roll slowly over the buttock.", "Pause on tender spots for a breath."),
                        new Dose(60, "side", "1", "daily", "60 seconds per side, once a day."),
                        List.of("Breathe slowly."), List.of("Rolling too fast."), List.of("Sharp or radiating pain."),
                        List.of("glutes"), List.of("review-2019"), "Short-term gains in range of motion."),
                longTechnique());
        SafetyGuide safety = new SafetyGuide(
                List.of(new Claim("Soreness fades in two or three days; tightness feels like a limit to movement.", List.of("review-2019"))),
                List.of(new Claim("Loss of bladder or bowel control.", List.of("guideline"))),
                List.of(new Claim("Pain that wakes you at night.", List.of("guideline"))),
                List.of(new Claim("These signs are clues, not proof.", List.of("guideline"))),
                List.of(new Claim("Blood clots, fractures or open wounds in the area.", List.of("guideline"))),
                DISCLAIMER);
        return new ContentRepository(regions, techniques, sources, safety);
    }

    /** A card long enough to need at least two pages. */
    public static Technique longTechnique() {
        List<String> steps = new ArrayList<>();
        for (int i = 1; i <= 24; i++) {
            steps.add("Step number " + i + ": lie on your back with the knees bent and feet flat, then slowly let both knees "
                    + "fall to one side as far as is comfortable, breathe out, and bring them back to the middle.");
        }
        List<String> cues = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            cues.add("Cue " + i + ": keep the shoulders on the floor and the movement slow.");
        }
        return new Technique("lumbar-stretch", "Knee rocks for the low back", "None (floor or mat)",
                "Lie on your back on a mat.", steps, new Dose(null, null, "2", "daily", "Ten slow rocks each way, twice a day."),
                cues, List.of("Forcing the range.", "Holding the breath."), List.of("Pain running down the leg.", "After recent back surgery."),
                List.of("lumbar-spine"), List.of("guideline", "coach-blog"), "Gentle movement is recommended by guidelines.");
    }

    /** Crude figures, with absolute and relative commands, curves, arcs and mirrored shapes. */
    public static Map<View, Figure> figures() {
        String silhouette = "M170,130 C150,140 120,150 100,170 L60,420 Q55,440 70,445 L95,300 L110,480 L120,960 "
                + "Q150,975 185,960 L195,560 L205,560 L215,960 Q250,975 280,960 L290,480 L305,300 L330,445 "
                + "Q345,440 340,420 L300,170 C280,150 250,140 230,130 Z";
        String head = "M200,15 a45,55 0 1,0 0.1,0 z";
        Map<View, Figure> figures = new EnumMap<>(View.class);
        figures.put(View.BACK, new Figure(View.BACK, 400, 1000, silhouette, List.of(head), List.of(
                new FigureShape("lumbar-spine", "M180,380 h40 v80 h-40 z", false),
                new FigureShape("glutes-left", "M125,470 c10,-20 50,-25 70,-10 l0,60 q-40,20 -70,-5 z", false),
                new FigureShape("glutes-right", "M125,470 c10,-20 50,-25 70,-10 l0,60 q-40,20 -70,-5 z", true))));
        figures.put(View.FRONT, new Figure(View.FRONT, 400, 1000, silhouette, List.of(head), List.of(
                new FigureShape("it-band-right", "M115,560 L135,560 L140,800 L122,800 Z", false),
                new FigureShape("it-band-left", "M115,560 L135,560 L140,800 L122,800 Z", true))));
        return figures;
    }
}

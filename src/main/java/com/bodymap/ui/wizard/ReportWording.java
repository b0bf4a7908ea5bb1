package com.bodymap.ui.wizard;

import com.bodymap.content.ContentRepository;
import com.bodymap.model.Side;
import com.bodymap.model.check.CheckCatalog;
import com.bodymap.model.check.CheckComparison;
import com.bodymap.model.check.ThresholdBasis;
import com.bodymap.model.check.Verdict;
import com.bodymap.model.Source;
import com.bodymap.model.Technique;
import java.util.List;
import java.util.Locale;

/**
 * The words of the result page, shared by the wizard and the history. Technique cards and sources
 * are looked up in the content; one the content lacks is shown by a readable form of its id rather
 * than failing.
 */
public final class ReportWording {
    private final ContentRepository content;
    private final CheckCatalog checks;

    public ReportWording(ContentRepository content, CheckCatalog checks) {
        this.content = content;
        this.checks = checks;
    }

    /** The "Meaningful?" column. */
    public static String verdict(CheckComparison c) {
        ThresholdBasis basis = c.check().threshold().basis();
        return switch (c.verdict()) {
            case MEANINGFUL -> "Yes: larger than the measurement error";
            case ROUGH_GUIDE_GAP -> basis == ThresholdBasis.INJURY_ASSOCIATION
                    ? "Possibly (as large as gaps linked with injury)" : "Possibly (app's rule of thumb)";
            case WITHIN_THRESHOLD -> switch (basis) {
                case MEASUREMENT_ERROR -> "No: within measurement error";
                case INJURY_ASSOCIATION -> "No: smaller than gaps linked with injury";
                case ROUGH_GUIDE -> "No: within the app's rule of thumb";
            };
            case EQUAL -> "No: both sides the same";
            case INCOMPLETE -> "No verdict: " + missing(c.missingSide());
        };
    }

    private static String missing(Side side) {
        return side == Side.MIDLINE ? "neither side tested" : side.key() + " side not tested";
    }

    /** The "Tighter side" column; Left and Right are always the body's own sides. */
    public static String tighter(CheckComparison c) {
        if (c.verdict() == Verdict.INCOMPLETE) {
            return "\u2014";
        }
        if (c.tighterSide() == null) {
            return "Neither";
        }
        return c.verdict().counts() ? c.tighterSide().label() : c.tighterSide().label() + " (too small to count)";
    }

    public String cardTitle(String techniqueId) {
        return content.technique(techniqueId).map(Technique::title).orElse(readable(techniqueId));
    }

    /** How a step of the plan is introduced when the app, not the practitioner, put it in the order. */
    public static final String APP_EXTENSION = "Added by this app after the practitioner's order, which ends with "
            + "the TFL: not part of that order.";

    /** "Powden et al., Manual Therapy (2015), study", or a readable id when the content lacks it. */
    public String source(String sourceId) {
        return content.source(sourceId).or(() -> checks.source(sourceId)).map(ReportWording::describe)
                .orElse(readable(sourceId));
    }

    public String sources(List<String> ids) {
        return String.join("; ", ids.stream().map(this::source).toList());
    }

    private static String describe(Source s) {
        return s.citation() + ", " + s.kind().description() + (s.unchecked() ? " (citation not verified)" : "");
    }

    /** "hip-flexor-ball" becomes "Hip flexor ball"; "powden-2015" becomes "Powden 2015". */
    static String readable(String id) {
        String words = id.replace('-', ' ');
        return words.isEmpty() ? id : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}

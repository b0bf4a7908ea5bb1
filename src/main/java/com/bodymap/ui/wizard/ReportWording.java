package com.bodymap.ui.wizard;

import java.util.Optional;
import com.bodymap.wizard.RunSummary;
import com.bodymap.model.check.ThresholdScale;
import com.bodymap.model.check.PlanStep;
import com.bodymap.model.check.Plan;
import com.bodymap.model.check.MeasureKind;
import com.bodymap.model.check.ComparisonReport;
import com.bodymap.i18n.Messages;
import com.bodymap.i18n.MeasureWording;
import com.bodymap.content.ContentRepository;
import com.bodymap.model.check.CheckCatalog;
import com.bodymap.model.check.CheckComparison;
import com.bodymap.model.check.ThresholdBasis;
import com.bodymap.model.check.Verdict;
import com.bodymap.model.Source;
import com.bodymap.model.Technique;
import java.util.List;
import java.util.Locale;

/**
 * The words of the result page, shared by the wizard, the history and the printed plan, in the
 * language of {@code messages}. Technique cards and sources are looked up in the content; one the
 * content lacks is shown by a readable form of its id rather than failing.
 */
public final class ReportWording {
    private final ContentRepository content;
    private final CheckCatalog checks;
    private final Messages messages;
    private final MeasureWording measures;

    public ReportWording(ContentRepository content, CheckCatalog checks, Messages messages) {
        this.content = content;
        this.checks = checks;
        this.messages = messages;
        this.measures = new MeasureWording(messages);
    }

    public Messages messages() {
        return messages;
    }

    /** Values, gaps and thresholds in this language. */
    public MeasureWording measures() {
        return measures;
    }

    /** The "Meaningful?" column. */
    public String verdict(CheckComparison c) {
        ThresholdBasis basis = c.check().threshold().basis();
        return switch (c.verdict()) {
            case MEANINGFUL -> messages.text("report.verdict.meaningful");
            case ROUGH_GUIDE_GAP -> messages.text(basis == ThresholdBasis.INJURY_ASSOCIATION
                    ? "report.verdict.possiblyInjury" : "report.verdict.possiblyRough");
            case WITHIN_THRESHOLD -> messages.text("report.verdict.within." + basis.key());
            case EQUAL -> messages.text("report.verdict.equal");
            case INCOMPLETE -> messages.text("report.verdict.incomplete." + c.missingSide().key());
        };
    }

    /** The "Tighter side" column; Left and Right are always the body's own sides. */
    public String tighter(CheckComparison c) {
        if (c.verdict() == Verdict.INCOMPLETE) {
            return messages.text("common.dash");
        }
        if (c.tighterSide() == null) {
            return messages.text("report.tighter.neither");
        }
        return c.verdict().counts() ? messages.label(c.tighterSide())
                : messages.text("report.tighter.tooSmall", messages.label(c.tighterSide()));
    }

    /** A step of the plan: "Hip flexors: start on your left side". */
    public String step(PlanStep step) {
        return messages.text("report.step." + step.tighterSide().key(), step.area());
    }

    /** The sentence a plan ends with: re-test advice, or why there is no plan. */
    public String closing(Plan plan) {
        return messages.text("report.closing." + plan.closing().name().toLowerCase(java.util.Locale.ROOT));
    }

    /** What a check's threshold rests on, as a clause: "measurement error", "the app's rule of thumb". */
    public String basis(ThresholdBasis basis) {
        return messages.label(basis, "inSentence");
    }

    /** What the basis means for the reader: "a smaller gap could come from measuring alone". */
    public String basisMeaning(ThresholdBasis basis) {
        return messages.label(basis, "meaning");
    }

    /** "Knee-to-wall: 3 cm, left tighter" for the run's biggest gap that counts, else why there is none. */
    public String biggestGap(ComparisonReport report) {
        Optional<CheckComparison> top = RunSummary.biggestGap(report);
        if (top.isEmpty()) {
            return messages.text(RunSummary.anyCompared(report) ? "report.summary.noImbalance" : "report.summary.nothingCompared");
        }
        CheckComparison c = top.get();
        String gap = c.check().kind() == MeasureKind.PASS_FAIL ? messages.text("report.summary.differs")
                : c.check().threshold().scale() == ThresholdScale.PERCENT
                ? measures.percent(c.percentDifference())
                : measures.difference(c.check(), c.difference());
        return messages.text((c.verdict() == Verdict.ROUGH_GUIDE_GAP ? "report.summary.gapRough." : "report.summary.gap.")
                + c.tighterSide().key(), c.check().name(), gap);
    }

    /** The checks of a run by name: "Knee-to-wall, Butterfly". */
    public String checkNames(ComparisonReport report) {
        return String.join(messages.text("list.separator"), RunSummary.checkNames(report));
    }

    public String cardTitle(String techniqueId) {
        return content.technique(techniqueId).map(Technique::title).orElse(readable(techniqueId));
    }

    /** How a step of the plan is introduced when the app, not the practitioner, put it in the order. */
    public String appExtension() {
        return messages.text("report.appExtension");
    }

    /** "Powden et al., Manual Therapy (2015), study", or a readable id when the content lacks it. */
    public String source(String sourceId) {
        return content.source(sourceId).or(() -> checks.source(sourceId)).map(this::describe)
                .orElse(readable(sourceId));
    }

    public String sources(List<String> ids) {
        return String.join("; ", ids.stream().map(this::source).toList());
    }

    private String describe(Source s) {
        return messages.text(s.unchecked() ? "report.source.unverified" : "report.source", s.citation(), messages.label(s.kind()));
    }

    /** "hip-flexor-ball" becomes "Hip flexor ball"; "powden-2015" becomes "Powden 2015". */
    static String readable(String id) {
        String words = id.replace('-', ' ');
        return words.isEmpty() ? id : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}

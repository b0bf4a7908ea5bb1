package com.bodymap.ui.wizard;

import com.bodymap.content.ContentRepository;
import com.bodymap.export.PersonalPlan;
import com.bodymap.model.check.CheckComparison;
import com.bodymap.model.check.ComparisonReport;
import com.bodymap.model.check.PlanStep;
import com.bodymap.model.check.SourcedText;
import com.bodymap.wizard.MeasureFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a wizard result into a personal plan to print: the same table and plan the result page
 * shows, the tighter side's regions highlighted on the figure, and the plan's cards in order.
 */
public final class PlanSheetMaker {
    static final List<String> HEADER = List.of("Check", "Left", "Right", "Difference", "Meaningful?", "Tighter side");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    private final ContentRepository content;
    private final ReportWording wording;
    private final SourcedText planNote;

    public PlanSheetMaker(ContentRepository content, ReportWording wording) {
        this(content, wording, null);
    }

    /** {@code planNote} heads a printed plan, as it heads the plan on screen (the catalogue's). */
    public PlanSheetMaker(ContentRepository content, ReportWording wording, SourcedText planNote) {
        this.content = content;
        this.wording = wording;
        this.planNote = planNote;
    }

    public PersonalPlan make(LocalDateTime takenAt, ComparisonReport report, String notes) {
        List<String> summary = new ArrayList<>();
        summary.add("Tested on " + takenAt.format(DATE) + ". Left and Right are your own body's sides.");
        if (report.plan().empty()) {
            summary.add("No release plan: no check shows a meaningful left/right gap.");
        } else {
            PlanStep first = report.plan().steps().get(0);
            summary.add("Release first: " + first.area() + ", your " + first.tighterSide().key() + " side.");
        }
        if (notes != null && !notes.isBlank()) {
            summary.add("Your notes: " + notes.strip());
        }
        if (!report.plan().empty() && planNote != null) {
            summary.add(planNote.text());
        }
        return new PersonalPlan("Your left/right plan", summary, HEADER, rows(report.comparisons()),
                steps(report.plan().steps()), report.plan().closing(), highlighted(report.plan().steps()),
                cards(report.plan().steps()), report.comparisons().stream().map(c -> c.check().id()).toList(),
                report.comparisons().stream().map(c -> c.check().name()).toList());
    }

    private static List<List<String>> rows(List<CheckComparison> comparisons) {
        return comparisons.stream().map(c -> List.of(
                c.check().name(),
                MeasureFormat.value(c.check(), c.left()),
                MeasureFormat.value(c.check(), c.right()),
                MeasureFormat.difference(c.check(), c.difference()),
                ReportWording.verdict(c),
                ReportWording.tighter(c))).toList();
    }

    private List<String> steps(List<PlanStep> steps) {
        List<String> lines = new ArrayList<>();
        for (PlanStep step : steps) {
            StringBuilder line = new StringBuilder(step.area()).append(": start on your ")
                    .append(step.tighterSide().key()).append(" side");
            List<String> titles = step.techniques().stream().map(wording::cardTitle).toList();
            if (!titles.isEmpty()) {
                line.append(" (").append(String.join("; ", titles)).append(")");
            }
            if (step.appExtension()) {
                line.append(". ").append(ReportWording.APP_EXTENSION.replaceAll("\\.$", ""));
            }
            if (step.roughGuide()) {
                line.append(". Based on a rough guide, not a measured imbalance");
            }
            if (step.caution() != null && !step.caution().isBlank()) {
                line.append(". ").append(step.caution());
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The tighter side of each region the plan works on; midline regions are highlighted whole. */
    private List<String> highlighted(List<PlanStep> steps) {
        Set<String> parts = new LinkedHashSet<>();
        for (PlanStep step : steps) {
            for (String region : step.regions()) {
                String sided = region + "-" + step.tighterSide().key();
                if (content.part(sided).isPresent()) {
                    parts.add(sided);
                } else if (content.part(region).isPresent()) {
                    parts.add(region);
                }
            }
        }
        return List.copyOf(parts);
    }

    /** Each card once, in plan order; a card the content lacks is left out rather than failing the sheet. */
    private List<String> cards(List<PlanStep> steps) {
        Set<String> ids = new LinkedHashSet<>();
        steps.forEach(s -> s.techniques().stream().filter(t -> content.technique(t).isPresent()).forEach(ids::add));
        return List.copyOf(ids);
    }
}

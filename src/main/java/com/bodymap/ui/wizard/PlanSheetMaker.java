package com.bodymap.ui.wizard;

import com.bodymap.i18n.MeasureWording;
import com.bodymap.i18n.Messages;
import com.bodymap.content.ContentRepository;
import com.bodymap.export.PersonalPlan;
import com.bodymap.model.check.CheckComparison;
import com.bodymap.model.check.ComparisonReport;
import com.bodymap.model.check.PlanStep;
import com.bodymap.model.check.SourcedText;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a wizard result into a personal plan to print: the same table and plan the result page
 * shows, the tighter side's regions highlighted on the figure, and the plan's cards in order.
 */
public final class PlanSheetMaker {
    static final List<String> COLUMNS = List.of("check", "left", "right", "difference", "meaningful", "tighter");

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
        Messages messages = wording.messages();
        summary.add(messages.text("plan.testedOn", messages.date("date.longTime", takenAt)));
        if (report.plan().empty()) {
            summary.add(messages.text("plan.none"));
        } else {
            PlanStep first = report.plan().steps().get(0);
            summary.add(messages.text("plan.first." + first.tighterSide().key(), first.area()));
        }
        if (notes != null && !notes.isBlank()) {
            summary.add(messages.text("plan.notes", notes.strip()));
        }
        if (!report.plan().empty() && planNote != null) {
            summary.add(planNote.text());
        }
        List<String> header = COLUMNS.stream().map(c -> messages.text("report.column." + c)).toList();
        return new PersonalPlan(messages.text("plan.title"), summary, header, rows(report.comparisons()),
                steps(report.plan().steps()), wording.closing(report.plan()), highlighted(report.plan().steps()),
                cards(report.plan().steps()), report.comparisons().stream().map(c -> c.check().id()).toList(),
                report.comparisons().stream().map(c -> c.check().name()).toList());
    }

    private List<List<String>> rows(List<CheckComparison> comparisons) {
        MeasureWording measures = wording.measures();
        return comparisons.stream().map(c -> List.of(
                c.check().name(),
                measures.value(c.check(), c.left()),
                measures.value(c.check(), c.right()),
                measures.difference(c.check(), c.difference()),
                wording.verdict(c),
                wording.tighter(c))).toList();
    }

    private List<String> steps(List<PlanStep> steps) {
        List<String> lines = new ArrayList<>();
        for (PlanStep step : steps) {
            Messages messages = wording.messages();
            String line = wording.step(step);
            List<String> titles = step.techniques().stream().map(wording::cardTitle).toList();
            if (!titles.isEmpty()) {
                line = messages.text("plan.step.cards", line, String.join("; ", titles));
            }
            List<String> after = new ArrayList<>();
            if (step.appExtension()) {
                after.add(wording.appExtension().replaceAll("\\.$", ""));
            }
            if (step.roughGuide()) {
                after.add(messages.text("plan.step.rough"));
            }
            if (step.caution() != null && !step.caution().isBlank()) {
                after.add(step.caution());
            }
            for (String a : after) {
                line = messages.text("plan.step.then", line, a);
            }
            lines.add(line);
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

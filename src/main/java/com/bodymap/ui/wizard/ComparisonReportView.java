package com.bodymap.ui.wizard;

import com.bodymap.i18n.MeasureWording;
import com.bodymap.i18n.Messages;
import com.bodymap.model.check.CheckCatalog;
import com.bodymap.model.check.CheckComparison;
import com.bodymap.model.check.ComparisonReport;
import com.bodymap.model.check.Plan;
import com.bodymap.model.check.PlanStep;
import java.util.List;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A run's result: a table with a row per check (both values, the gap in the unit and in percent,
 * whether it counts, the tighter side), how each gap is judged and on what evidence, then the
 * plan. Used by the wizard's last page and by the history when a run is opened again.
 */
public final class ComparisonReportView extends VBox {
    private static final String[] COLUMNS = {"check", "left", "right", "difference", "percent", "meaningful", "tighter"};
    // Wide enough for "12° below horizontal" to wrap between words, never inside one.
    private static final double[] WIDTHS = {150, 108, 108, 90, 60, 150, 100};

    private final ReportWording wording;
    private final CheckCatalog catalog;
    private final Messages messages;
    private final MeasureWording measures;

    public ComparisonReportView(ReportWording wording, CheckCatalog catalog) {
        this.wording = wording;
        this.messages = wording.messages();
        this.measures = wording.measures();
        this.catalog = catalog;
        setId("comparison-report");
        getStyleClass().add("comparison-report");
    }

    public void show(ComparisonReport report) {
        getChildren().setAll(
                ChooseChecksPage.text(messages.text("report.byCheck"), WizardStyle.HEADING),
                ChooseChecksPage.text(messages.text("report.ownSides"), WizardStyle.MUTED),
                table(report.comparisons()),
                ChooseChecksPage.text(messages.text("report.release"), WizardStyle.HEADING),
                plan(report.plan()),
                judged(report.comparisons()));
    }

    private GridPane table(List<CheckComparison> comparisons) {
        GridPane grid = new GridPane();
        grid.setId("report-table");
        grid.getStyleClass().add(WizardStyle.TABLE);
        for (int i = 0; i < COLUMNS.length; i++) {
            ColumnConstraints cc = new ColumnConstraints(WIDTHS[i] * 0.8, WIDTHS[i], Double.MAX_VALUE);
            cc.setHgrow(i == 0 || i == 5 ? Priority.SOMETIMES : Priority.NEVER);
            cc.setHalignment(HPos.LEFT);
            grid.getColumnConstraints().add(cc);
            Label head = cell(messages.text("report.column." + COLUMNS[i]), WizardStyle.TABLE_HEAD);
            head.setWrapText(false);
            head.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(head, i, 0);
        }
        int row = 1;
        for (CheckComparison c : comparisons) {
            String id = c.check().id();
            String[] values = {
                c.check().name(),
                measures.value(c.check(), c.left()),
                measures.value(c.check(), c.right()),
                measures.difference(c.check(), c.difference()),
                measures.percent(c.percentDifference()),
                wording.verdict(c),
                wording.tighter(c)};
            String[] ids = {"name", "left", "right", "difference", "percent", "verdict", "tighter"};
            for (int i = 0; i < values.length; i++) {
                Label cell = cell(values[i], WizardStyle.TABLE_CELL);
                cell.setId(ids[i] + "-" + id);
                if ((i == 3 || i == 4) && values[i].matches(".*\\d.*")) {
                    cell.setWrapText(false); // "17.9%" or "2.5 cm" split over two lines reads as two numbers
                }
                if (c.verdict().counts() && i >= 5) {
                    cell.getStyleClass().add(WizardStyle.COUNTS);
                }
                grid.add(cell, i, row);
            }
            row++;
        }
        return grid;
    }

    /** A cell that fills its grid cell both ways, so each row's border and background line up. */
    private static Label cell(String text, String styleClass) {
        Label l = ChooseChecksPage.text(text, styleClass);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMaxHeight(Double.MAX_VALUE);
        return l;
    }

    private VBox judged(List<CheckComparison> comparisons) {
        VBox box = new VBox(ChooseChecksPage.text(messages.text("report.judged"), WizardStyle.HEADING));
        box.setId("report-rules");
        box.getStyleClass().add("report-rules");
        for (CheckComparison c : comparisons) {
            Label line = ChooseChecksPage.text(messages.text("report.rule", c.check().name(),
                    measures.threshold(c.check()), c.check().threshold().explanation()), WizardStyle.TEXT);
            Label sources = ChooseChecksPage.text(messages.text("report.sources", wording.sources(c.check().threshold().sources())),
                    WizardStyle.MUTED);
            VBox item = new VBox(line, sources);
            item.getStyleClass().add("report-rule");
            // Every check names what its threshold rests on; anything but a measurement error is marked as such.
            Label tag = new Label(messages.text("report.basedOn", wording.basis(c.check().threshold().basis())));
            tag.setId("basis-" + c.check().id());
            tag.getStyleClass().add(c.check().threshold().roughGuide() ? WizardStyle.ROUGH : "basis-tag");
            item.getChildren().add(0, tag);
            box.getChildren().add(item);
        }
        return box;
    }

    private VBox plan(Plan plan) {
        VBox box = new VBox();
        box.setId("plan");
        box.getStyleClass().add(WizardStyle.PLAN);
        if (!plan.empty() && catalog.planNote() != null) {
            Label note = ChooseChecksPage.text(catalog.planNote().text(), WizardStyle.TEXT);
            note.setId("plan-note");
            box.getChildren().addAll(note, ChooseChecksPage.text(messages.text("report.sourcesEnd",
                    wording.sources(catalog.planNote().sources())), WizardStyle.MUTED));
        }
        int n = 1;
        for (PlanStep step : plan.steps()) {
            box.getChildren().add(step(n++, step));
        }
        Label closing = ChooseChecksPage.text(wording.closing(plan), WizardStyle.PLAN_CLOSING);
        closing.setId("plan-closing");
        box.getChildren().add(closing);
        if (!plan.empty() && !catalog.planOrderSources().isEmpty()) {
            box.getChildren().add(ChooseChecksPage.text(messages.text("report.orderFrom",
                    wording.sources(catalog.planOrderSources())), WizardStyle.MUTED));
        }
        return box;
    }

    private Node step(int number, PlanStep step) {
        Label title = ChooseChecksPage.text(messages.text("report.numbered", number, wording.step(step)), "plan-step-title");
        title.setId("plan-step-" + number);
        VBox box = new VBox(title);
        for (String technique : step.techniques()) {
            Label card = ChooseChecksPage.text(messages.text("region.toolCard.how", wording.cardTitle(technique)), "plan-card");
            card.setId("plan-card-" + technique);
            box.getChildren().add(card);
        }
        if (step.appExtension()) {
            Label own = ChooseChecksPage.text(wording.appExtension(), WizardStyle.MUTED);
            own.setId("plan-extension-" + number);
            box.getChildren().add(own);
        }
        if (step.roughGuide()) {
            box.getChildren().add(ChooseChecksPage.text(messages.text("report.roughStep"), WizardStyle.MUTED));
        }
        if (step.caution() != null) {
            box.getChildren().add(ChooseChecksPage.text(step.caution(), "plan-caution"));
        }
        box.getStyleClass().add(WizardStyle.PLAN_STEP);
        return box;
    }
}

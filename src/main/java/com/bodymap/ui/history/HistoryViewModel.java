package com.bodymap.ui.history;

import com.bodymap.ui.wizard.ReportWording;
import com.bodymap.model.check.CheckCatalog;
import com.bodymap.model.check.CheckDefinition;
import com.bodymap.model.check.CheckResult;
import com.bodymap.model.check.ComparisonReport;
import com.bodymap.model.check.ComparisonRun;
import com.bodymap.store.ResultsHistory;
import com.bodymap.store.StoreException;
import com.bodymap.ui.common.DialogService;
import com.bodymap.wizard.AsymmetryAnalysis;
import com.bodymap.wizard.GapHistory;
import com.bodymap.wizard.RunSummary;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The history window's state: a row per saved run (newest first), the selected run, which check
 * the chart shows and its points; and the commands to open or delete the selected run.
 */
public final class HistoryViewModel {

    /** One line of the table. */
    public record Row(String runId, LocalDateTime takenAt, String date, String checks, String biggestGap, String notes) {
    }

    private final CheckCatalog catalog;
    private final ResultsHistory history;
    private final DialogService dialogs;
    private final AsymmetryAnalysis analysis;
    private final GapHistory gaps;
    private final Consumer<ComparisonRun> opener;
    private final ObservableList<ComparisonRun> runs = FXCollections.observableArrayList();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<CheckDefinition> chartChecks = FXCollections.observableArrayList();
    private final ObjectProperty<String> selectedRunId = new SimpleObjectProperty<>();
    private final ObjectProperty<CheckDefinition> chartCheck = new SimpleObjectProperty<>();
    private final ObjectBinding<List<GapHistory.Point>> points;
    private final ReportWording wording;
    private final BooleanBinding hasSelection = selectedRunId.isNotNull();

    /** {@code opener} shows a run's result page again. */
    public HistoryViewModel(CheckCatalog catalog, ResultsHistory history, DialogService dialogs,
                            AsymmetryAnalysis analysis, Consumer<ComparisonRun> opener, ReportWording wording) {
        this.catalog = catalog;
        this.wording = wording;
        this.history = history;
        this.dialogs = dialogs;
        this.analysis = analysis;
        this.gaps = new GapHistory(analysis);
        this.opener = opener;
        points = Bindings.createObjectBinding(() -> chartCheck.get() == null ? List.of()
                : gaps.points(chartCheck.get(), runs), chartCheck, runs);
        history.addListener(this::refresh);
        refresh();
    }

    /** When a run was taken, in the run's language: "Mon 3 Mar 2025, 09:30", "Mo. 3. März 2025, 09:30". */
    String when(ComparisonRun run) {
        return wording.messages().date("date.history", run.takenAt());
    }

    public com.bodymap.i18n.Messages messages() {
        return wording.messages();
    }

    /** Re-reads the runs from the history (it calls this itself after every saved change). */
    public void refresh() {
        List<ComparisonRun> all = history.runs();
        runs.setAll(all);
        rows.setAll(all.stream().sorted(Comparator.comparing(ComparisonRun::takenAt).reversed()).map(this::row).toList());
        List<CheckDefinition> used = catalog.checks().stream()
                .filter(c -> all.stream().anyMatch(r -> r.results().stream().map(CheckResult::checkId).anyMatch(c.id()::equals)))
                .toList();
        CheckDefinition keep = chartCheck.get();
        chartChecks.setAll(used);
        chartCheck.set(used.contains(keep) ? keep : mostMeasured(used));
        if (selectedRunId.get() != null && history.run(selectedRunId.get()).isEmpty()) {
            selectedRunId.set(null);
        }
    }

    private CheckDefinition mostMeasured(List<CheckDefinition> used) {
        return used.stream().max(Comparator.comparingInt(c -> gaps.points(c, runs).size())).orElse(null);
    }

    private Row row(ComparisonRun run) {
        ComparisonReport report = analysis.report(catalog, run);
        return new Row(run.id(), run.takenAt(), when(run), wording.checkNames(report),
                wording.biggestGap(report), run.notes());
    }

    public ReportWording wording() {
        return wording;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<CheckDefinition> chartChecks() {
        return chartChecks;
    }

    public ObjectProperty<String> selectedRunIdProperty() {
        return selectedRunId;
    }

    public ObjectProperty<CheckDefinition> chartCheckProperty() {
        return chartCheck;
    }

    public ObjectBinding<List<GapHistory.Point>> pointsBinding() {
        return points;
    }

    public BooleanBinding hasSelectionBinding() {
        return hasSelection;
    }

    public Optional<ComparisonRun> selectedRun() {
        return selectedRunId.get() == null ? Optional.empty() : history.run(selectedRunId.get());
    }

    public void openSelected() {
        selectedRun().ifPresent(opener);
    }

    /** Deletes the selected run after the user confirms; a failed save is reported and nothing changes. */
    public void deleteSelected() {
        Optional<ComparisonRun> run = selectedRun();
        if (run.isEmpty()) {
            return;
        }
        String when = when(run.get());
        if (!dialogs.confirm(wording.messages().text("history.delete.title"), wording.messages().text("history.delete.text", when))) {
            return;
        }
        try {
            history.delete(run.get().id());
        } catch (StoreException e) {
            dialogs.showError(wording.messages().text("history.delete.failed"), e.getMessage());
        }
    }
}

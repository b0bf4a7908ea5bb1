package com.bodymap.ui.history;

import com.bodymap.files.AtomicFileWriter;
import com.bodymap.model.check.CheckCatalog;
import com.bodymap.model.check.CheckDefinition;
import com.bodymap.model.check.CheckResult;
import com.bodymap.model.check.ComparisonReport;
import com.bodymap.model.check.ComparisonRun;
import com.bodymap.store.Recovery;
import com.bodymap.store.ResultsHistory;
import com.bodymap.store.StoreException;
import com.bodymap.store.StoredRun;
import com.bodymap.ui.common.DialogService;
import com.bodymap.wizard.AsymmetryAnalysis;
import com.bodymap.wizard.GapHistory;
import com.bodymap.wizard.RunSummary;
import java.io.File;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The history window's state: a row per saved run (newest first, damaged runs included), the
 * selected run, which check the chart shows and its points, notices (damaged runs, a read-only
 * file, runs that can be restored); and the commands: open, delete, restore, export as CSV.
 *
 * <p>Reading and writing the disk happen on the {@code background} executor and the results are
 * applied on the {@code ui} executor, so the JavaFX thread never waits for the disk; tests pass
 * executors that run at once. No command lets an exception out: what fails is shown to the user.
 */
public final class HistoryViewModel {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    /** The chart shows at most this many of the latest points; a line of thousands reads as a smear. */
    static final int MAX_POINTS = 200;

    /** One line of the table. Its summary is worked out when first shown, not for every run up front. */
    public final class Row {
        private final StoredRun entry;
        private String checks;
        private String biggestGap;

        Row(StoredRun entry) {
            this.entry = entry;
        }

        /** The key the store knows the run by: its id, or for a damaged run without one, a key from its text. */
        public String runId() {
            return entry.key();
        }

        public LocalDateTime takenAt() {
            return entry.takenAt();
        }

        public boolean damaged() {
            return entry.isDamaged();
        }

        public String date() {
            return entry.takenAt() == null ? "Date unreadable" : entry.takenAt().format(DATE);
        }

        public String checks() {
            summarise();
            return checks;
        }

        public String biggestGap() {
            summarise();
            return biggestGap;
        }

        public String notes() {
            return entry.isDamaged() ? "" : entry.run().notes();
        }

        private void summarise() {
            if (checks != null) {
                return;
            }
            if (entry.isDamaged()) {
                checks = "Damaged run";
                biggestGap = "Cannot be shown: " + entry.damage();
                return;
            }
            try {
                ComparisonReport report = analysis.report(catalog, entry.run());
                checks = RunSummary.checkNames(report);
                biggestGap = RunSummary.biggestGap(report);
            } catch (RuntimeException e) {
                // Values are checked on load; this is the last guard, so one bad run never breaks the window.
                checks = "Damaged run";
                biggestGap = "Cannot be shown: its values could not be compared";
            }
        }
    }

    private final CheckCatalog catalog;
    private final ResultsHistory history;
    private final DialogService dialogs;
    private final AsymmetryAnalysis analysis;
    private final GapHistory gaps;
    private final Consumer<ComparisonRun> opener;
    private final AtomicFileWriter files;
    private final Executor background;
    private final Executor ui;
    private final ObservableList<ComparisonRun> runs = FXCollections.observableArrayList();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<CheckDefinition> chartChecks = FXCollections.observableArrayList();
    private final ObjectProperty<String> selectedRunId = new SimpleObjectProperty<>();
    private final ObjectProperty<CheckDefinition> chartCheck = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<List<GapHistory.Point>> points = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper chartNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper recoveryText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Recovery> recovery = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding hasSelection = selectedRunId.isNotNull();
    private Map<String, Row> rowsByKey = new HashMap<>();

    /** Reads and writes on the calling thread; for tests and small histories. */
    public HistoryViewModel(CheckCatalog catalog, ResultsHistory history, DialogService dialogs,
                            AsymmetryAnalysis analysis, Consumer<ComparisonRun> opener) {
        this(catalog, history, dialogs, analysis, opener, new AtomicFileWriter(), Runnable::run, Runnable::run);
    }

    /**
     * {@code opener} shows a run's result page again; {@code background} runs disk work, {@code ui}
     * applies its results (in the app: a worker thread, and the JavaFX thread).
     */
    public HistoryViewModel(CheckCatalog catalog, ResultsHistory history, DialogService dialogs,
                            AsymmetryAnalysis analysis, Consumer<ComparisonRun> opener, AtomicFileWriter files,
                            Executor background, Executor ui) {
        this.catalog = catalog;
        this.history = history;
        this.dialogs = dialogs;
        this.analysis = analysis;
        this.gaps = new GapHistory(analysis);
        this.opener = opener;
        this.files = files;
        this.background = background;
        this.ui = ui;
        chartCheck.addListener((obs, was, now) -> plot());
        // Changes are reported on the thread that saved them (perhaps the wizard's worker).
        history.addListener(() -> ui.execute(this::refresh));
    }

    /**
     * Reads the history (off the JavaFX thread), then fills the window; says once if the file
     * could not be used, and looks for runs that can be restored. Later calls catch up with what
     * other windows saved.
     */
    public void load() {
        loading.set(true);
        background.execute(() -> {
            Optional<String> problem;
            try {
                problem = history.open();
                history.refresh();
            } catch (StoreException | RuntimeException e) {
                problem = Optional.of(e.getMessage());
            }
            Optional<String> shown = problem;
            ui.execute(() -> {
                try {
                    refresh();
                } finally {
                    loading.set(false);
                }
                shown.ifPresent(p -> dialogs.showError("Your saved results could not be read", p));
            });
            findRecoverable();
        });
    }

    /** Re-reads the runs from the history (called after every saved change). */
    public void refresh() {
        if (!history.isOpen()) {
            return;
        }
        List<StoredRun> entries = history.entries();
        List<ComparisonRun> usable = history.runs();
        runs.setAll(usable);
        List<Row> newestFirst = new ArrayList<>(entries.size());
        Map<String, Row> byKey = new HashMap<>(entries.size() * 4 / 3 + 16);
        for (int i = entries.size() - 1; i >= 0; i--) {
            StoredRun e = entries.get(i);
            Row old = rowsByKey.get(e.key());
            // The history hands out the same StoredRun while a run is unchanged: keep its row and its summary.
            Row row = old != null && old.entry == e ? old : new Row(e);
            byKey.put(e.key(), row);
            newestFirst.add(row);
        }
        rowsByKey = byKey;
        // Damaged runs without a date sort last in the history; they belong at the top of a newest-first list.
        newestFirst.sort((a, b) -> a.takenAt() == null ? (b.takenAt() == null ? 0 : -1) : b.takenAt() == null ? 1 : 0);
        rows.setAll(newestFirst);
        Map<String, Integer> measured = measuredPerCheck();
        List<CheckDefinition> used = catalog.checks().stream().filter(c -> measured.containsKey(c.id())).toList();
        CheckDefinition keep = chartCheck.get();
        chartChecks.setAll(used);
        CheckDefinition next = used.contains(keep) ? keep : mostMeasured(used, measured);
        // Re-read after setAll: the check box may have cleared its value when its items were replaced.
        if (chartCheck.get() == next) {
            plot();
        } else {
            chartCheck.set(next);
        }
        if (selectedRunId.get() != null && !rowsByKey.containsKey(selectedRunId.get())) {
            selectedRunId.set(null);
        }
        long damaged = entries.stream().filter(StoredRun::isDamaged).count();
        StringBuilder text = new StringBuilder();
        if (damaged > 0) {
            text.append(damaged == 1 ? "One saved run could not be read. It is listed as damaged"
                    : damaged + " saved runs could not be read. They are listed as damaged")
                    .append(" and kept in your results file unchanged; Delete removes one.");
        }
        history.readOnlyReason().ifPresent(r -> text.append(text.length() > 0 ? "\n" : "")
                .append("Read-only: ").append(r.inWords()).append(". New results are not saved over this file."));
        notice.set(text.toString());
    }

    /** How many runs measured each check, in one pass over the runs. */
    private Map<String, Integer> measuredPerCheck() {
        Map<String, Integer> counts = new HashMap<>();
        for (ComparisonRun run : runs) {
            for (CheckResult r : run.results()) {
                counts.merge(r.checkId(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static CheckDefinition mostMeasured(List<CheckDefinition> used, Map<String, Integer> measured) {
        CheckDefinition best = null;
        int most = -1;
        for (CheckDefinition c : used) {
            int n = measured.getOrDefault(c.id(), 0);
            if (n > most) {
                best = c;
                most = n;
            }
        }
        return best;
    }

    /** The latest points of the chosen check, oldest first; each run is a point of its own. */
    private void plot() {
        CheckDefinition check = chartCheck.get();
        if (check == null) {
            points.set(List.of());
            chartNote.set("");
            return;
        }
        List<GapHistory.Point> latest = new ArrayList<>();
        int total = 0;
        for (int i = runs.size() - 1; i >= 0; i--) {
            ComparisonRun run = runs.get(i);
            if (latest.size() >= MAX_POINTS) {
                total += (int) run.results().stream()
                        .filter(r -> r.checkId().equals(check.id()) && r.left() != null && r.right() != null).count();
                continue;
            }
            try {
                List<GapHistory.Point> p = gaps.points(check, List.of(run));
                latest.addAll(p);
                total += p.size();
            } catch (RuntimeException e) {
                // The last guard, as for rows: a run that cannot be compared is left off the chart.
            }
        }
        Collections.reverse(latest);
        List<GapHistory.Point> shown = latest.size() > MAX_POINTS ? latest.subList(latest.size() - MAX_POINTS, latest.size())
                : latest;
        points.set(List.copyOf(shown));
        chartNote.set(total > shown.size() ? "The latest " + shown.size() + " of " + total + " runs with this check." : "");
    }

    private void findRecoverable() {
        Recovery found;
        try {
            found = history.recoverable();
        } catch (RuntimeException e) {
            return; // offering old runs is a courtesy; failing to find them changes nothing
        }
        ui.execute(() -> showRecovery(found));
    }

    private void showRecovery(Recovery found) {
        recovery.set(found.isEmpty() ? null : found);
        if (found.isEmpty()) {
            recoveryText.set("");
            return;
        }
        int n = found.runs().size();
        long damaged = found.runs().stream().filter(StoredRun::isDamaged).count();
        StringBuilder where = new StringBuilder();
        found.sources().forEach(p -> where.append("\n").append(p));
        recoveryText.set((n == 1 ? "One earlier run is" : n + " earlier runs are")
                + " not in your history but can be restored from:" + where
                + (damaged > 0 ? "\n" + damaged + " of them have a value that cannot be used; they come back listed "
                        + "as damaged, to read or delete." : "")
                + (found.unreadable() > 0 ? "\n" + found.unreadable() + " more lines are too damaged to restore; "
                        + "they stay in the file they are in." : ""));
    }

    /** Adds the runs found in the backup and damaged files back to the history. */
    public void restore() {
        Recovery found = recovery.get();
        if (found == null) {
            return;
        }
        busy.set(true);
        background.execute(() -> {
            try {
                int added = history.restore(found);
                ui.execute(() -> dialogs.showInformation("Runs restored", (added == 1 ? "One run was" : added + " runs were")
                        + " added back to your history. The files they came from are left as they are."));
            } catch (StoreException e) {
                ui.execute(() -> dialogs.showError("The runs were not restored", e.getMessage()));
            } finally {
                ui.execute(() -> busy.set(false));
                findRecoverable();
            }
        });
    }

    /** After asking, records that the user does not want those runs back; the backup may then be replaced. */
    public void discardRecovery() {
        Recovery found = recovery.get();
        if (found == null || !dialogs.confirm("Leave these runs out?", found.runs().size() + " earlier runs will no "
                + "longer be offered, and the backup may later be replaced by a file without them. The files they "
                + "are in now are not changed.")) {
            return;
        }
        busy.set(true);
        background.execute(() -> {
            try {
                history.discard(found);
            } catch (StoreException e) {
                ui.execute(() -> dialogs.showError("Your choice was not saved", e.getMessage()));
            } finally {
                ui.execute(() -> busy.set(false));
                findRecoverable();
            }
        });
    }

    /** Asks where to save, then writes the whole history as CSV, whole or not at all. */
    public void exportCsv() {
        Optional<File> chosen = dialogs.chooseSaveFile("Export results history", "body-map-results.csv",
                "CSV files (spreadsheets)", "csv");
        if (chosen.isEmpty()) {
            return;
        }
        File file = chosen.get();
        List<StoredRun> entries = history.entries();
        busy.set(true);
        background.execute(() -> {
            try {
                int[] written = {0};
                files.write(file.toPath(), out -> written[0] = new HistoryCsv(catalog, analysis).write(entries, out));
                ui.execute(() -> dialogs.showInformation("History exported", (written[0] == 1 ? "One run was"
                        : written[0] + " runs were") + " saved, a row per check, to:\n" + file));
            } catch (IOException | RuntimeException e) {
                String why = e instanceof IOException io ? AtomicFileWriter.explain(io, file.toPath())
                        : "Cannot write " + file + ": " + e.getMessage();
                ui.execute(() -> dialogs.showError("The history was not exported", why));
            } finally {
                ui.execute(() -> busy.set(false));
            }
        });
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

    /** The chart's points: the latest runs of the chosen check, oldest first. */
    public ReadOnlyObjectProperty<List<GapHistory.Point>> pointsProperty() {
        return points.getReadOnlyProperty();
    }

    /** Says when the chart shows only the latest points. */
    public ReadOnlyStringProperty chartNoteProperty() {
        return chartNote.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True while a restore or an export is under way. */
    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Damaged runs and a read-only file, in words; empty when all is well. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** What can be restored, in words; empty when nothing can. */
    public ReadOnlyStringProperty recoveryTextProperty() {
        return recoveryText.getReadOnlyProperty();
    }

    public BooleanBinding hasSelectionBinding() {
        return hasSelection;
    }

    public Optional<ComparisonRun> selectedRun() {
        Row row = selectedRunId.get() == null ? null : rowsByKey.get(selectedRunId.get());
        return row == null || row.damaged() ? Optional.empty() : Optional.of(row.entry.run());
    }

    /** Opens the selected run's result page; for a damaged run, says what is wrong with it. */
    public void openSelected() {
        Row row = selectedRunId.get() == null ? null : rowsByKey.get(selectedRunId.get());
        if (row == null) {
            return;
        }
        if (row.damaged()) {
            dialogs.showInformation("This run cannot be shown", "The run of " + row.date() + " cannot be shown: "
                    + row.entry.damage() + ".\n\nIts text is kept in your results file as it is. Delete removes it.");
            return;
        }
        opener.accept(row.entry.run());
    }

    /** Deletes the selected run after the user confirms; a failed save is reported and nothing changes. */
    public void deleteSelected() {
        Row row = selectedRunId.get() == null ? null : rowsByKey.get(selectedRunId.get());
        if (row == null) {
            return;
        }
        String what = row.damaged() ? "The damaged run of " + row.date() : "The run of " + row.date();
        if (!dialogs.confirm("Delete this run?", what + " will be removed from your results history. This cannot "
                + "be undone.")) {
            return;
        }
        String key = row.runId();
        busy.set(true);
        background.execute(() -> {
            try {
                history.delete(key);
            } catch (StoreException e) {
                ui.execute(() -> dialogs.showError("The run was not deleted", e.getMessage()));
            } finally {
                ui.execute(() -> busy.set(false));
            }
        });
    }
}

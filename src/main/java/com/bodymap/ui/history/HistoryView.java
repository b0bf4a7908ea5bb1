package com.bodymap.ui.history;

import com.bodymap.model.check.CheckDefinition;
import com.bodymap.wizard.GapHistory;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;

/**
 * The history: notices (damaged runs, runs that can be restored), a table of saved runs with
 * Open, Delete and Export, and a chart of one check's left/right gap run by run, with its
 * threshold drawn as dashed lines either side of zero. Each run is a point of its own, evenly
 * spaced and labelled with its date and time, so two runs on one day never sit on top of each other.
 */
public final class HistoryView extends VBox {
    private static final DateTimeFormatter TICK = DateTimeFormatter.ofPattern("d MMM yy'\n'HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIP = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final PseudoClass DAMAGED = PseudoClass.getPseudoClass("damaged");
    /** On the view while runs are read or a change is written: for the cursor, and for tests to wait on. */
    private static final PseudoClass WORKING = PseudoClass.getPseudoClass("working");
    private final HistoryViewModel model;
    private final NumberAxis runsAxis = new NumberAxis();
    private final NumberAxis gap = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(runsAxis, gap);
    private List<GapHistory.Point> plotted = List.of();
    /** A field, not a local: a binding only weakly held by what it observes would be collected. */
    private final BooleanBinding working;

    public HistoryView(HistoryViewModel model) {
        this.model = model;
        this.working = model.loadingProperty().or(model.busyProperty());
        setId("history-view");
        getStyleClass().add("history-view");
        Label title = new Label("Results history");
        title.getStyleClass().add("wizard-title");
        Label hint = new Label("Every finished comparison is kept here. Left and Right are your own body's sides.");
        hint.setWrapText(true);
        hint.getStyleClass().add("wizard-muted");
        getChildren().addAll(title, hint, notice(), recovery(), table(), buttons(), chartControls(), chartArea());
        working.addListener((obs, was, now) -> pseudoClassStateChanged(WORKING, now));
        pseudoClassStateChanged(WORKING, working.get());
    }

    private Label notice() {
        Label notice = new Label();
        notice.setId("history-notice");
        notice.getStyleClass().add("history-notice");
        notice.setWrapText(true);
        notice.setMinHeight(Region.USE_PREF_SIZE);
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        return notice;
    }

    private VBox recovery() {
        Label text = new Label();
        text.setId("history-recovery-text");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.textProperty().bind(model.recoveryTextProperty());
        Button restore = new Button("Restore these runs");
        restore.setId("history-restore");
        restore.disableProperty().bind(model.busyProperty());
        restore.setOnAction(e -> model.restore());
        Button discard = new Button("Leave them out\u2026");
        discard.setId("history-discard");
        discard.disableProperty().bind(model.busyProperty());
        discard.setOnAction(e -> model.discardRecovery());
        HBox buttons = new HBox(restore, discard);
        buttons.getStyleClass().add("history-buttons");
        VBox box = new VBox(text, buttons);
        box.setId("history-recovery");
        box.getStyleClass().add("history-recovery");
        box.visibleProperty().bind(model.recoveryTextProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private TableView<HistoryViewModel.Row> table() {
        TableView<HistoryViewModel.Row> table = new TableView<>(model.rows());
        table.setId("history-table");
        table.getStyleClass().add("history-table");
        Label empty = new Label("No saved runs yet. Use Tools > Compare left and right\u2026 for your first checks.");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(28, 28);
        Label loading = new Label("Loading your results\u2026", spinner);
        loading.setId("history-loading");
        table.placeholderProperty().bind(Bindings.when(model.loadingProperty())
                .then((javafx.scene.Node) loading).otherwise(empty));
        TableColumn<HistoryViewModel.Row, String> date = column("Date and time", 180, HistoryViewModel.Row::date);
        date.setSortable(false); // rows come newest first; sorting the text would not sort by date
        table.getColumns().add(date);
        table.getColumns().add(column("Checks", 230, HistoryViewModel.Row::checks));
        table.getColumns().add(column("Biggest gap", 290, HistoryViewModel.Row::biggestGap));
        table.getColumns().add(column("Notes", 190, HistoryViewModel.Row::notes));
        table.getColumns().forEach(c -> c.setSortable(false));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, row) ->
                model.selectedRunIdProperty().set(row == null ? null : row.runId()));
        table.setRowFactory(tv -> {
            TableRow<HistoryViewModel.Row> row = new TableRow<>() {
                @Override
                protected void updateItem(HistoryViewModel.Row item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(DAMAGED, !empty && item != null && item.damaged());
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    model.openSelected();
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && model.hasSelectionBinding().get()) {
                model.openSelected();
                e.consume();
            }
        });
        table.setPrefHeight(220);
        VBox.setVgrow(table, Priority.SOMETIMES);
        return table;
    }

    private static TableColumn<HistoryViewModel.Row, String> column(String name, double width,
            java.util.function.Function<HistoryViewModel.Row, String> value) {
        TableColumn<HistoryViewModel.Row, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setCellFactory(col -> new WrappingCell());
        return c;
    }

    private HBox buttons() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button open = new Button("Open result");
        open.setId("history-open");
        open.disableProperty().bind(model.hasSelectionBinding().not());
        open.setOnAction(e -> model.openSelected());
        Button delete = new Button("Delete run\u2026");
        delete.setId("history-delete");
        delete.disableProperty().bind(model.hasSelectionBinding().not().or(model.busyProperty()));
        delete.setOnAction(e -> model.deleteSelected());
        Button export = new Button("Export as CSV\u2026");
        export.setId("history-export");
        export.disableProperty().bind(Bindings.isEmpty(model.rows()).or(model.busyProperty()));
        export.setOnAction(e -> model.exportCsv());
        Button close = new Button("Close");
        close.setId("history-close");
        close.setCancelButton(true);
        close.setOnAction(e -> getScene().getWindow().hide());
        HBox box = new HBox(open, delete, export, spacer, close);
        box.getStyleClass().add("history-buttons");
        return box;
    }

    private VBox chartControls() {
        ComboBox<CheckDefinition> check = new ComboBox<>(model.chartChecks());
        check.setId("history-chart-check");
        check.valueProperty().bindBidirectional(model.chartCheckProperty());
        check.setButtonCell(new NameCell());
        check.disableProperty().bind(Bindings.isEmpty(model.chartChecks()));
        check.setCellFactory(lv -> new NameCell());
        Label label = new Label("Gap run by run for:");
        label.setLabelFor(check);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label legend = new Label("Above 0: left tighter. Below 0: right tighter. Dashed lines: the threshold; "
                + "a point beyond them is a gap that counts.");
        legend.setWrapText(true);
        legend.setMaxWidth(430);
        legend.setMinHeight(Region.USE_PREF_SIZE); // wrap onto more lines rather than cut the sentence
        legend.getStyleClass().add("wizard-muted");
        HBox row = new HBox(label, check, spacer, legend);
        row.getStyleClass().add("history-chart-controls");
        Label note = new Label();
        note.setId("history-chart-note");
        note.getStyleClass().add("wizard-muted");
        note.textProperty().bind(model.chartNoteProperty());
        note.visibleProperty().bind(model.chartNoteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        return new VBox(row, note);
    }

    /** The chart, or a line saying why there is none yet; an empty chart's axes would only mislead. */
    private StackPane chartArea() {
        Label none = new Label("The chart appears once a check has been done with both sides measured.");
        none.setId("history-chart-empty");
        none.getStyleClass().add("wizard-muted");
        BooleanBinding empty = Bindings.createBooleanBinding(() -> model.pointsProperty().get().isEmpty(),
                model.pointsProperty());
        none.visibleProperty().bind(empty);
        chart().visibleProperty().bind(empty.not());
        StackPane area = new StackPane(chart, none);
        VBox.setVgrow(area, Priority.ALWAYS);
        return area;
    }

    private LineChart<Number, Number> chart() {
        chart.setId("history-chart");
        chart.getStyleClass().add("history-chart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        runsAxis.setForceZeroInRange(false);
        runsAxis.setAutoRanging(false);
        runsAxis.setMinorTickVisible(false);
        runsAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number position) {
                LocalDateTime at = at(position.doubleValue());
                return at == null ? "" : at.format(TICK);
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        runsAxis.setLabel("Run (date and time)");
        chart.setPrefHeight(300);
        VBox.setVgrow(chart, Priority.ALWAYS);
        model.pointsProperty().addListener((obs, was, now) -> plot(now));
        plot(model.pointsProperty().get());
        return chart;
    }

    /** The run at a position on the axis: point n sits at n (1-based); between points there is none. */
    private LocalDateTime at(double position) {
        int index = (int) Math.round(position) - 1;
        if (Math.abs(position - Math.rint(position)) > 1e-6 || index < 0 || index >= plotted.size()) {
            return null;
        }
        return plotted.get(index).takenAt();
    }

    /** Redraws the chart for the chosen check: the gap run by run and the threshold either side of zero. */
    private void plot(List<GapHistory.Point> points) {
        plotted = points;
        chart.getData().clear();
        CheckDefinition check = model.chartCheckProperty().get();
        if (check == null || points.isEmpty()) {
            gap.setLabel(check == null ? "" : "No run with both sides of this check yet");
            return;
        }
        gap.setLabel(GapHistory.axisLabel(check));
        XYChart.Series<Number, Number> line = new XYChart.Series<>();
        line.setName("Gap");
        for (int i = 0; i < points.size(); i++) {
            line.getData().add(new XYChart.Data<>(i + 1, points.get(i).gap()));
        }
        runsAxis.setLowerBound(0.5);
        runsAxis.setUpperBound(points.size() + 0.5);
        // About eight labels, each on a run; every run is labelled while there is room.
        runsAxis.setTickUnit(Math.max(1, Math.ceil(points.size() / 8.0)));
        chart.getData().add(line);
        Double threshold = GapHistory.thresholdLine(check);
        if (threshold != null) {
            for (double sign : new double[] {1, -1}) {
                XYChart.Series<Number, Number> t = new XYChart.Series<>();
                t.setName(sign > 0 ? "Threshold, left tighter" : "Threshold, right tighter");
                t.getData().add(new XYChart.Data<>(runsAxis.getLowerBound(), sign * threshold));
                t.getData().add(new XYChart.Data<>(runsAxis.getUpperBound(), sign * threshold));
                // Styled by series index in wizard.css (series1, series2): the chart resets custom classes.
                chart.getData().add(t);
            }
        }
        for (int i = 0; i < points.size(); i++) {
            XYChart.Data<Number, Number> d = line.getData().get(i);
            if (d.getNode() != null) {
                Tooltip tip = new Tooltip(points.get(i).takenAt().format(TIP) + "\n" + GapHistory.axisLabel(check)
                        + ": " + trim(points.get(i).gap()));
                tip.setShowDelay(Duration.millis(150));
                Tooltip.install(d.getNode(), tip);
            }
        }
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(Math.round(v * 10) / 10.0);
    }

    /** A table cell whose text wraps within the column, so long check lists and notes are read, not clipped. */
    private static final class WrappingCell extends javafx.scene.control.TableCell<HistoryViewModel.Row, String> {
        private final javafx.scene.text.Text text = new javafx.scene.text.Text();

        WrappingCell() {
            text.getStyleClass().add("history-cell-text");
            text.wrappingWidthProperty().bind(widthProperty().subtract(12));
            setPrefHeight(USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            text.setText(empty || item == null ? null : item);
            setGraphic(empty ? null : text);
        }
    }

    private static final class NameCell extends ListCell<CheckDefinition> {
        @Override
        protected void updateItem(CheckDefinition item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.name());
        }
    }
}

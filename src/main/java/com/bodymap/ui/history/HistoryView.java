package com.bodymap.ui.history;

import com.bodymap.model.check.CheckDefinition;
import com.bodymap.wizard.GapHistory;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The history: a table of saved runs with Open and Delete, and a chart of one check's left/right
 * gap over time with its threshold drawn as dashed lines either side of zero.
 */
public final class HistoryView extends VBox {
    private final HistoryViewModel model;
    private final NumberAxis days = new NumberAxis();
    private final NumberAxis gap = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(days, gap);

    public HistoryView(HistoryViewModel model) {
        this.model = model;
        setId("history-view");
        getStyleClass().add("history-view");
        Label title = new Label(model.messages().text("history.title"));
        title.getStyleClass().add("wizard-title");
        Label hint = new Label(model.messages().text("history.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("wizard-muted");
        getChildren().addAll(title, hint, table(), buttons(), chartControls(), chartArea());
    }

    private TableView<HistoryViewModel.Row> table() {
        TableView<HistoryViewModel.Row> table = new TableView<>(model.rows());
        table.setId("history-table");
        table.getStyleClass().add("history-table");
        table.setPlaceholder(new Label(model.messages().text("history.empty")));
        TableColumn<HistoryViewModel.Row, String> date = column(model.messages().text("history.column.date"), 170, HistoryViewModel.Row::date);
        date.setSortable(false); // rows come newest first; sorting the text would not sort by date
        table.getColumns().add(date);
        table.getColumns().add(column(model.messages().text("history.column.checks"), 230, HistoryViewModel.Row::checks));
        table.getColumns().add(column(model.messages().text("history.column.biggestGap"), 290, HistoryViewModel.Row::biggestGap));
        table.getColumns().add(column(model.messages().text("history.column.notes"), 190, HistoryViewModel.Row::notes));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, row) ->
                model.selectedRunIdProperty().set(row == null ? null : row.runId()));
        table.setRowFactory(tv -> {
            javafx.scene.control.TableRow<HistoryViewModel.Row> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    model.openSelected();
                }
            });
            return row;
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
        Button open = new Button(model.messages().text("history.open"));
        open.setId("history-open");
        open.disableProperty().bind(model.hasSelectionBinding().not());
        open.setOnAction(e -> model.openSelected());
        Button delete = new Button(model.messages().text("history.delete"));
        delete.setId("history-delete");
        delete.disableProperty().bind(model.hasSelectionBinding().not());
        delete.setOnAction(e -> model.deleteSelected());
        Button close = new Button(model.messages().text("button.close"));
        close.setId("history-close");
        close.setCancelButton(true);
        close.setOnAction(e -> getScene().getWindow().hide());
        HBox box = new HBox(open, delete, spacer, close);
        box.getStyleClass().add("history-buttons");
        return box;
    }

    private HBox chartControls() {
        ComboBox<CheckDefinition> check = new ComboBox<>(model.chartChecks());
        check.setId("history-chart-check");
        check.valueProperty().bindBidirectional(model.chartCheckProperty());
        check.setButtonCell(new NameCell());
        check.disableProperty().bind(Bindings.isEmpty(model.chartChecks()));
        check.setCellFactory(lv -> new NameCell());
        Label label = new Label(model.messages().text("history.chart.for"));
        label.setLabelFor(check);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label legend = new Label(model.messages().text("history.chart.legend"));
        legend.setWrapText(true);
        legend.setMaxWidth(430);
        legend.getStyleClass().add("wizard-muted");
        HBox box = new HBox(label, check, spacer, legend);
        box.getStyleClass().add("history-chart-controls");
        return box;
    }

    /** The chart, or a line saying why there is none yet; an empty chart's axes would only mislead. */
    private StackPane chartArea() {
        Label none = new Label(model.messages().text("history.chart.none"));
        none.setId("history-chart-empty");
        none.getStyleClass().add("wizard-muted");
        BooleanBinding empty = Bindings.createBooleanBinding(() -> model.pointsBinding().get().isEmpty(),
                model.pointsBinding());
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
        days.setForceZeroInRange(false);
        days.setAutoRanging(false);
        days.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number day) {
                return LocalDate.ofEpochDay((long) Math.floor(day.doubleValue())).format(java.time.format.DateTimeFormatter.ofPattern(model.messages().pattern("date.tick"), model.messages().locale()));
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        days.setLabel(model.messages().text("history.column.date"));
        chart.setPrefHeight(300);
        VBox.setVgrow(chart, Priority.ALWAYS);
        model.pointsBinding().addListener((obs, was, now) -> plot(now));
        plot(model.pointsBinding().get());
        return chart;
    }

    /** Redraws the chart for the chosen check: the gap line and the threshold either side of zero. */
    private void plot(List<GapHistory.Point> points) {
        chart.getData().clear();
        CheckDefinition check = model.chartCheckProperty().get();
        if (check == null || points.isEmpty()) {
            gap.setLabel(check == null ? "" : model.messages().text("history.chart.noRun"));
            return;
        }
        gap.setLabel(model.wording().measures().axisLabel(check));
        XYChart.Series<Number, Number> line = new XYChart.Series<>();
        line.setName(model.messages().text("history.chart.gap"));
        points.forEach(p -> line.getData().add(new XYChart.Data<>(day(p.takenAt()), p.gap())));
        double first = day(points.get(0).takenAt());
        double last = day(points.get(points.size() - 1).takenAt());
        double pad = Math.max(1, (last - first) * 0.05);
        days.setLowerBound(Math.floor(first - pad));
        days.setUpperBound(Math.ceil(last + pad));
        days.setTickUnit(Math.max(1, Math.ceil((last - first + 2 * pad) / 8)));
        chart.getData().add(line);
        Double threshold = GapHistory.thresholdLine(check);
        if (threshold != null) {
            for (double sign : new double[] {1, -1}) {
                XYChart.Series<Number, Number> t = new XYChart.Series<>();
                t.setName(model.messages().text(sign > 0 ? "history.chart.thresholdLeft" : "history.chart.thresholdRight"));
                t.getData().add(new XYChart.Data<>(days.getLowerBound(), sign * threshold));
                t.getData().add(new XYChart.Data<>(days.getUpperBound(), sign * threshold));
                // Styled by series index in wizard.css (series1, series2): the chart resets custom classes.
                chart.getData().add(t);
            }
        }
    }

    private static double day(LocalDateTime t) {
        return t.toEpochSecond(ZoneOffset.UTC) / 86_400.0;
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

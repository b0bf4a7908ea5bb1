package com.bodymap.ui.sheet;

import com.bodymap.i18n.Messages;
import com.bodymap.export.PaperSize;
import com.bodymap.ui.common.DeferredAccelerators;
import com.bodymap.ui.common.Stylesheets;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.geometry.Rectangle2D;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The print preview: the sheet's pages one at a time, page navigation, the paper size, and Print,
 * Save as PDF and Close. A thin view over {@link SheetPreviewViewModel}: it builds the nodes and
 * binds them; the view-model does the work.
 */
public final class SheetPreviewDialog extends BorderPane {
    private final SheetPreviewViewModel model;
    private final ImageView page = new ImageView();
    private final ScrollPane pageArea = new ScrollPane();
    private final Button closeButton;
    private final Messages messages;

    public SheetPreviewDialog(SheetPreviewViewModel model) {
        this.model = model;
        this.messages = model.messages();
        this.closeButton = new Button(messages.text("button.close"));
        setId("sheet-preview");
        getStyleClass().add("sheet-preview");
        setTop(buildToolbar());
        setCenter(buildPageArea());
        setBottom(buildStatusBar());
        bindKeys();
    }

    /** Shows the preview in its own window over {@code owner}, and starts rendering; {@code onClosed} runs after it closes. */
    public static Stage show(Window owner, SheetPreviewViewModel model, Runnable onClosed) {
        SheetPreviewDialog view = new SheetPreviewDialog(model);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(model.messages().text("print.preview.title", model.title()));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view, Math.min(860, screen.getWidth() * 0.9), Math.min(960, screen.getHeight() * 0.92));
        DeferredAccelerators.install(scene);
        Stylesheets.apply(scene);
        stage.setScene(scene);
        stage.setMinWidth(640);
        stage.setMinHeight(480);
        view.closeButton.setOnAction(e -> stage.close());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        stage.setOnHidden(e -> {
            model.close();
            onClosed.run();
        });
        stage.show();
        model.load();
        return stage;
    }

    private HBox buildToolbar() {
        ChoiceBox<PaperSize> paper = new ChoiceBox<>(FXCollections.observableArrayList(PaperSize.values()));
        paper.setId("sheet-paper");
        paper.setConverter(new StringConverter<>() {
            @Override
            public String toString(PaperSize p) {
                return p == null ? "" : p.label();
            }

            @Override
            public PaperSize fromString(String s) {
                return PaperSize.parse(s);
            }
        });
        paper.setValue(model.paperProperty().get());
        model.paperProperty().addListener((obs, old, p) -> paper.setValue(p));
        paper.setOnAction(e -> model.setPaper(paper.getValue()));
        paper.disableProperty().bind(model.busyProperty());
        paper.setTooltip(new Tooltip(messages.text("print.paper.tip")));
        Label paperLabel = new Label(messages.text("print.paper"));
        paperLabel.setMnemonicParsing(true);
        paperLabel.setLabelFor(paper);

        Button first = navButton("sheet-first", messages.text("print.first"), messages.text("print.first.tip"), model::firstPage);
        first.disableProperty().bind(model.canGoBack().not());
        Button previous = navButton("sheet-previous", messages.text("print.previous"), messages.text("print.previous.tip"), model::previousPage);
        previous.disableProperty().bind(model.canGoBack().not());
        Button next = navButton("sheet-next", messages.text("print.next"), messages.text("print.next.tip"), model::nextPage);
        next.disableProperty().bind(model.canGoForward().not());
        Button last = navButton("sheet-last", messages.text("print.last"), messages.text("print.last.tip"), model::lastPage);
        last.disableProperty().bind(model.canGoForward().not());
        Label pageLabel = new Label();
        pageLabel.setId("sheet-page-label");
        pageLabel.getStyleClass().add("sheet-page-label");
        pageLabel.textProperty().bind(model.pageLabel());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(paperLabel, paper, spacer, first, previous, pageLabel, next, last);
        bar.getStyleClass().add("sheet-toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static Button navButton(String id, String symbol, String tip, Runnable action) {
        Button b = new Button(symbol);
        b.setId(id);
        b.getStyleClass().add("sheet-nav");
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.setOnAction(e -> action.run());
        return b;
    }

    private ScrollPane buildPageArea() {
        page.setId("sheet-page-image");
        page.getStyleClass().add("sheet-page");
        page.setPreserveRatio(true);
        page.setSmooth(true);
        page.imageProperty().bind(model.pageImageProperty());
        page.setAccessibleText(messages.text("print.page.accessible"));
        StackPane holder = new StackPane(page);
        holder.getStyleClass().add("sheet-page-holder");
        pageArea.setContent(holder);
        pageArea.setFitToWidth(true);
        pageArea.setFitToHeight(true);
        pageArea.getStyleClass().add("sheet-page-area");
        // The whole page fits the window; the margin leaves room for its shadow.
        page.fitHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(100, pageArea.getViewportBounds().getHeight() - 32), pageArea.viewportBoundsProperty()));
        page.fitWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(100, pageArea.getViewportBounds().getWidth() - 32), pageArea.viewportBoundsProperty()));
        return pageArea;
    }

    private HBox buildStatusBar() {
        ProgressBar progress = new ProgressBar();
        progress.setId("sheet-progress");
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(model.busyProperty());
        Label status = new Label();
        status.setId("sheet-status");
        status.getStyleClass().add("sheet-status");
        status.textProperty().bind(model.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);

        Button cancel = new Button(messages.text("print.stop"));
        cancel.setId("sheet-cancel");
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.managedProperty().bind(model.busyProperty());
        cancel.setOnAction(e -> model.cancel());
        Button save = new Button(messages.text("print.saveButton"));
        save.setId("sheet-save");
        save.disableProperty().bind(model.ready().not());
        save.setOnAction(e -> model.save());
        Button print = new Button(messages.text("print.printButton"));
        print.setId("sheet-print");
        print.setDefaultButton(true);
        print.disableProperty().bind(model.ready().not());
        print.setOnAction(e -> model.print());
        closeButton.setId("sheet-close");
        closeButton.setCancelButton(true);
        HBox bar = new HBox(progress, status, cancel, save, print, closeButton);
        bar.getStyleClass().add("sheet-status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void bindKeys() {
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() instanceof ChoiceBox<?>) {
                return;
            }
            switch (e.getCode()) {
                case PAGE_DOWN, RIGHT -> model.nextPage();
                case PAGE_UP, LEFT -> model.previousPage();
                case HOME -> model.firstPage();
                case END -> model.lastPage();
                default -> {
                    return;
                }
            }
            e.consume();
        });
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), model::print);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), model::save);
            }
        });
    }
}

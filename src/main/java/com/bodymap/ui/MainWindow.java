package com.bodymap.ui;

import com.bodymap.i18n.Messages;
import com.bodymap.model.View;
import com.bodymap.ui.bodymap.BodyMapView;
import com.bodymap.ui.bodymap.BodyMapViewModel;
import com.bodymap.ui.common.DialogService;
import com.bodymap.ui.region.RegionPage;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;

/** The main window: menu and toolbar on top, the map on the left, the region page on the right. */
public final class MainWindow extends BorderPane {
    private final BodyMapViewModel map;
    private final BodyMapView mapView;
    private final RegionPage page;
    private final DialogService dialogs;
    private final Messages messages;
    private final TextField search = new TextField();
    private final MenuBar menuBar = new MenuBar();
    private final Menu toolsMenu;
    private final Menu helpMenu;
    private final Menu viewMenu;
    private final HBox commands = new HBox();
    private final MenuItem about = new MenuItem();
    private final StringProperty notice = new SimpleStringProperty();

    public MainWindow(BodyMapViewModel map, BodyMapView mapView, RegionPage page, DialogService dialogs) {
        this.map = map;
        this.messages = map.messages();
        this.toolsMenu = new Menu(messages.text("menu.tools"));
        this.helpMenu = new Menu(messages.text("menu.help"));
        this.viewMenu = new Menu(messages.text("menu.view"));
        this.mapView = mapView;
        this.page = page;
        this.dialogs = dialogs;
        getStyleClass().add("main-window");
        setTop(new VBox(buildMenu(), buildToolbar()));
        SplitPane split = new SplitPane(mapView, page);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.46);
        SplitPane.setResizableWithParent(page, true);
        setCenter(split);
        setBottom(buildStatusBar());
    }

    public void focusMap() {
        mapView.requestFocus();
    }

    public BodyMapViewModel map() {
        return map;
    }

    /** A note for the status bar, shown until the pointer first names a region (say, settings that could not be read). */
    public void showNotice(String text) {
        notice.set(text);
    }

    /** Later features (wizard, sheets, library) add their commands here. */
    public Menu toolsMenu() {
        return toolsMenu;
    }

    /** The View menu, where the theme, text size and language are added. */
    public Menu viewMenu() {
        return viewMenu;
    }

    /** The Help menu, where guides such as "Before you roll" are added. */
    public Menu helpMenu() {
        return helpMenu;
    }

    /** Later features put their commands on the toolbar here, beside the view switch. */
    public Button addToolbarButton(String id, String label, String tooltip, Runnable action) {
        Button button = new Button(label);
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(e -> action.run());
        commands.getChildren().add(button);
        return button;
    }

    /** Help > About opens this instead of the short built-in note (the app's About window). */
    public void setAboutAction(Runnable open) {
        about.setOnAction(e -> open.run());
    }

    public DialogService dialogs() {
        return dialogs;
    }

    /** The words of the window, for features that add commands to it. */
    public Messages messages() {
        return messages;
    }

    private MenuBar buildMenu() {
        MenuItem quit = new MenuItem(messages.text("menu.file.quit"));
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> Platform.exit());
        Menu file = new Menu(messages.text("menu.file"), null, quit);

        MenuItem flip = new MenuItem(messages.text("menu.view.flip"));
        flip.setAccelerator(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN));
        flip.setOnAction(e -> map.toggleView());
        MenuItem find = new MenuItem(messages.text("menu.view.find"));
        find.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        find.setOnAction(e -> search.requestFocus());
        MenuItem toMap = new MenuItem(messages.text("menu.view.map"));
        toMap.setAccelerator(new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN));
        toMap.setOnAction(e -> focusMap());
        // Ctrl+plus, Ctrl+minus and Ctrl+0 zoom while the map has the keyboard (it takes them first);
        // elsewhere they change the text size, whose menu items carry them.
        MenuItem zoomIn = new MenuItem(messages.text("menu.view.zoomIn"));
        zoomIn.setOnAction(e -> mapView.zoomIn());
        MenuItem zoomOut = new MenuItem(messages.text("menu.view.zoomOut"));
        zoomOut.setOnAction(e -> mapView.zoomOut());
        MenuItem fit = new MenuItem(messages.text("menu.view.fit"));
        fit.setOnAction(e -> mapView.fitFigure());
        CheckMenuItem both = new CheckMenuItem(messages.text("menu.view.both", (int) BodyMapView.BOTH_VIEWS_WIDTH));
        both.setId("menu-both-views");
        both.selectedProperty().bindBidirectional(map.bothViewsProperty());
        viewMenu.getItems().addAll(flip, find, toMap, new SeparatorMenuItem(), zoomIn, zoomOut, fit,
                new SeparatorMenuItem(), both);

        about.setText(messages.text("menu.help.about"));
        about.setId("menu-about");
        about.setOnAction(e -> dialogs.showInformation(messages.text("about.title"), messages.text("about.text")));
        helpMenu.getItems().add(about);
        menuBar.getMenus().addAll(file, viewMenu, toolsMenu, helpMenu);
        toolsMenu.setVisible(false);
        toolsMenu.getItems().addListener((javafx.collections.ListChangeListener<MenuItem>) c ->
                toolsMenu.setVisible(!toolsMenu.getItems().isEmpty()));
        return menuBar;
    }

    private HBox buildToolbar() {
        ToggleGroup views = new ToggleGroup();
        ToggleButton front = new ToggleButton(messages.label(View.FRONT));
        front.setId("view-front");
        ToggleButton back = new ToggleButton(messages.label(View.BACK));
        back.setId("view-back");
        front.setToggleGroup(views);
        back.setToggleGroup(views);
        front.setOnAction(e -> map.viewProperty().set(View.FRONT));
        back.setOnAction(e -> map.viewProperty().set(View.BACK));
        map.viewProperty().addListener((obs, old, v) -> (v == View.FRONT ? front : back).setSelected(true));
        (map.viewProperty().get() == View.FRONT ? front : back).setSelected(true);
        // A toggle group lets the user deselect both; keep one always chosen.
        views.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        HBox viewSwitch = new HBox(front, back);
        viewSwitch.getStyleClass().add("segmented");

        search.setId("region-search");
        search.setPromptText(messages.text("search.prompt"));
        search.setTooltip(new Tooltip(messages.text("search.tip")));
        search.setPrefColumnCount(22);
        TextFields.bindAutoCompletion(search, request -> map.search(request.getUserText()).stream()
                .map(com.bodymap.model.Region::name).toList())
                .setOnAutoCompleted(e -> openSearch(e.getCompletion()));
        search.setOnAction(e -> openSearch(search.getText()));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        commands.getStyleClass().add("toolbar-commands");
        // In a narrow window the search field gives up width, not the buttons' words.
        commands.setMinWidth(Region.USE_PREF_SIZE);
        viewSwitch.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(viewSwitch, commands, spacer, search);
        bar.getStyleClass().add("tool-bar-row");
        return bar;
    }

    private void openSearch(String text) {
        List<com.bodymap.model.Region> found = map.search(text);
        if (found.isEmpty()) {
            search.getStyleClass().add("no-match");
            return;
        }
        search.getStyleClass().remove("no-match");
        map.selectRegion(found.get(0).id());
        search.clear();
        focusMap();
    }

    private Label buildStatusBar() {
        Label status = new Label();
        status.setId("status");
        status.getStyleClass().add("status-bar");
        status.setMaxWidth(Double.MAX_VALUE);
        status.textProperty().bind(Bindings.createStringBinding(() -> {
            var hovered = map.hoveredProperty().get();
            if (hovered != null) {
                return map.describe(hovered);
            }
            if (notice.get() != null) {
                return notice.get();
            }
            return messages.text("status.hint");
        }, map.hoveredProperty(), map.toolProperty(), notice));
        map.hoveredProperty().addListener((obs, old, now) -> {
            if (now != null) {
                notice.set(null);
            }
        });
        return status;
    }
}

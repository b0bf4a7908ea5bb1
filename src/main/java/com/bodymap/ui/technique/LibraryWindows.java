package com.bodymap.ui.technique;

import com.bodymap.i18n.Messages;
import com.bodymap.ui.common.ReadingWindow;
import com.bodymap.content.ContentRepository;
import com.bodymap.picture.Pictures;
import com.bodymap.ui.MainWindow;
import com.bodymap.ui.bodymap.BodyMapViewModel;
import com.bodymap.ui.common.Lazy;
import com.bodymap.ui.safety.SafetyPanelViewModel;
import com.bodymap.ui.safety.SafetyWindow;
import com.bodymap.ui.sources.SourcesViewModel;
import com.bodymap.ui.sources.SourcesWindow;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/**
 * The four reading windows (a card, the library, the sources, "Before you roll"), built together
 * because each links to the others: a card cites sources, a source opens the cards citing it, and
 * every window reaches the safety guide. Region links in all of them select the region on the map.
 */
public final class LibraryWindows {
    private final Lazy<SafetyWindow> safety;
    private final Lazy<SourcesWindow> sources;
    private final Lazy<TechniqueCardWindow> card;
    private final Lazy<TechniqueLibraryWindow> library;
    private final Messages messages;

    /** Each window is built the first time it is opened: none of them is in the first frame. */
    public LibraryWindows(ContentRepository content, BodyMapViewModel map, Window owner) {
        this(content, map, owner, Pictures.none());
    }

    /** {@code pictures} are the drawings the card window and the library's tiles show. */
    public LibraryWindows(ContentRepository content, BodyMapViewModel map, Window owner, Pictures pictures) {
        messages = map.messages();
        safety = new Lazy<>(() -> new SafetyWindow(new SafetyPanelViewModel(content, this::openSource, messages), owner));
        sources = new Lazy<>(() -> new SourcesWindow(
                new SourcesViewModel(content, map, this::openCard, this::openSafety), owner, this::openSafety));
        card = new Lazy<>(() -> new TechniqueCardWindow(
                new TechniqueCardViewModel(content, map, this::openSource, pictures), owner, this::openSafety));
        library = new Lazy<>(() -> new TechniqueLibraryWindow(
                new TechniqueBrowserViewModel(content, this::openCard, pictures, messages), owner, this::openSafety));
    }

    /** Puts the three commands on the main window's toolbar and menus, with their keys. */
    public void installCommands(MainWindow window) {
        window.addToolbarButton("before-you-roll", "\u26A0 " + messages.text("safety.title"),
                messages.text("safety.button.tip"), this::openSafety)
                .getStyleClass().add("safety-button");
        window.addToolbarButton("open-library", messages.text("library.title"),
                messages.text("library.button.tip"), this::openLibrary);
        window.addToolbarButton("open-sources", messages.text("sources.title"),
                messages.text("sources.button.tip"), this::openSources);
        window.helpMenu().getItems().add(0, item("menu-before-you-roll", messages.text("menu.help.safety"),
                ReadingWindow.SAFETY_KEY, this::openSafety));
        window.toolsMenu().getItems().addAll(
                item("menu-open-library", messages.text("menu.tools.library"),
                        new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), this::openLibrary),
                item("menu-open-sources", messages.text("menu.tools.sources"),
                        new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), this::openSources));
    }

    private static MenuItem item(String id, String text, KeyCombination key, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(key);
        item.setOnAction(e -> action.run());
        return item;
    }

    public void openCard(String techniqueId) {
        card.get().open(techniqueId);
    }

    public void openLibrary() {
        library.get().open();
    }

    public void openSources() {
        sources.get().open();
    }

    public void openSource(String sourceId) {
        sources.get().open(sourceId);
    }

    public void openSafety() {
        safety.get().open();
    }
}

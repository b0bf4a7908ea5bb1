package com.bodymap.ui.appearance;

import com.bodymap.ui.common.Stylesheets;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * Puts the appearance on every window the app opens, now and later: the stylesheets (dialogs made
 * by JavaFX lack them), the theme and text-size style classes on the scene's root, and the text-size
 * keys. Watching the list of open windows, rather than handing the appearance to every window's
 * constructor, keeps one place in charge. Pop-ups (menus, tooltips) take their owner's look.
 */
public final class WindowStyler {
    /** Text size keys: Ctrl+plus (also Ctrl+= and the keypad's plus), Ctrl+minus, Ctrl+0. */
    public static final KeyCombination LARGER = new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY);
    public static final KeyCombination SMALLER = new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination NORMAL = new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN);
    private static final List<KeyCombination> ALSO_LARGER = List.of(
            new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY),
            new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN));
    private static final List<KeyCombination> ALSO_SMALLER = List.of(
            new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN));
    private static final List<KeyCombination> ALSO_NORMAL = List.of(
            new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN));

    private final Appearance appearance;
    private final ChangeListener<Parent> rootWatcher = (obs, old, root) -> style(root);
    private final ChangeListener<Scene> sceneWatcher = (obs, old, scene) -> prepare(scene);
    private final ListChangeListener<Window> windowWatcher = c -> {
        while (c.next()) {
            c.getAddedSubList().forEach(this::watch);
        }
    };
    private final javafx.beans.InvalidationListener restyle = o -> restyleAll();

    public WindowStyler(Appearance appearance) {
        this.appearance = appearance;
    }

    /**
     * Styles every open window and each one opened later, and restyles them all when the appearance
     * changes. One styler per main window: a main window shown again with a new one (tests reuse a
     * stage) drops the earlier styler, which would otherwise style later windows with its own look.
     */
    public void install(Window main) {
        if (main.getProperties().get(WindowStyler.class) instanceof WindowStyler earlier && earlier != this) {
            earlier.uninstall();
        }
        main.getProperties().put(WindowStyler.class, this);
        ObservableList<Window> windows = Window.getWindows();
        windows.forEach(this::watch);
        windows.addListener(windowWatcher);
        appearance.effectiveLook().addListener(restyle);
        appearance.textSizeProperty().addListener(restyle);
    }

    private void uninstall() {
        Window.getWindows().removeListener(windowWatcher);
        appearance.effectiveLook().removeListener(restyle);
        appearance.textSizeProperty().removeListener(restyle);
        for (Window w : Window.getWindows()) {
            w.sceneProperty().removeListener(sceneWatcher);
            if (w.getScene() != null) {
                w.getScene().rootProperty().removeListener(rootWatcher);
            }
        }
    }

    private void watch(Window window) {
        if (window instanceof PopupWindow) {
            return;
        }
        window.sceneProperty().removeListener(sceneWatcher);
        window.sceneProperty().addListener(sceneWatcher);
        prepare(window.getScene());
    }

    private void prepare(Scene scene) {
        if (scene == null) {
            return;
        }
        if (!hasAppStyles(scene)) {
            Stylesheets.apply(scene);
        }
        addTextSizeKeys(scene);
        scene.rootProperty().removeListener(rootWatcher);
        scene.rootProperty().addListener(rootWatcher);
        style(scene.getRoot());
    }

    private void restyleAll() {
        appearance.effectiveLook().get(); // validates the binding, so its next change is heard
        for (Window w : Window.getWindows()) {
            if (!(w instanceof PopupWindow) && w.getScene() != null) {
                style(w.getScene().getRoot());
            }
        }
    }

    /** Sets the root's theme-… and text-… classes to the appearance's; light and normal have none. */
    void style(Parent root) {
        if (root == null) {
            return;
        }
        List<String> classes = root.getStyleClass();
        classes.removeIf(c -> c.startsWith("theme-") || c.startsWith("text-"));
        SystemLook look = appearance.effectiveLook().get();
        if (look != SystemLook.LIGHT) {
            classes.add(themeClass(look));
        }
        if (appearance.getTextSize() != com.bodymap.store.TextSize.NORMAL) {
            classes.add("text-" + appearance.getTextSize().id());
        }
    }

    public static String themeClass(SystemLook look) {
        return "theme-" + look.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The text-size keys, in each window's own shortcuts so the map (which takes Ctrl+plus and
     * Ctrl+minus to zoom while it has the keyboard) still gets them first. A window whose menus
     * already hold a key keeps its own.
     */
    private void addTextSizeKeys(Scene scene) {
        var keys = scene.getAccelerators();
        keys.putIfAbsent(LARGER, appearance::largerText);
        keys.putIfAbsent(SMALLER, appearance::smallerText);
        keys.putIfAbsent(NORMAL, appearance::normalText);
        ALSO_LARGER.forEach(k -> keys.putIfAbsent(k, appearance::largerText));
        ALSO_SMALLER.forEach(k -> keys.putIfAbsent(k, appearance::smallerText));
        ALSO_NORMAL.forEach(k -> keys.putIfAbsent(k, appearance::normalText));
    }

    private static boolean hasAppStyles(Scene scene) {
        String palette = Stylesheets.url("palette.css");
        return scene.getStylesheets().contains(palette)
                || scene.getRoot() != null && scene.getRoot().getStylesheets().contains(palette);
    }
}

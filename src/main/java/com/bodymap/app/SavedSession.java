package com.bodymap.app;

import com.bodymap.store.Preferences;
import com.bodymap.store.Preferences.MapPreferences;
import com.bodymap.store.Preferences.WindowPlacement;
import com.bodymap.store.Preferences.ZoomPreference;
import com.bodymap.i18n.Language;
import com.bodymap.store.PreferencesStore;
import com.bodymap.store.SettingsProblem;
import com.bodymap.store.StoreException;
import com.bodymap.store.TextSize;
import com.bodymap.store.ThemeChoice;
import com.bodymap.export.PaperSize;
import com.bodymap.ui.appearance.Appearance;
import javafx.beans.property.ObjectProperty;
import com.bodymap.ui.bodymap.BodyMapViewModel;
import com.bodymap.ui.bodymap.MapZoom;
import javafx.beans.InvalidationListener;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The window, the map, the theme, the text size and the paper as the user left them: read from the
 * preferences file at start, applied to the stage, the map, the appearance and the sheet previews,
 * and written back when the window closes or the app quits. A window place that is on no screen now
 * (a monitor was unplugged) is not used.
 */
final class SavedSession {
    /** How much of the window's top edge must be on a screen for the saved place to be used. */
    private static final double VISIBLE_GRIP = 120;

    private final PreferencesStore store;
    private Preferences loaded;
    private final SettingsProblem problem;
    private Stage stage;
    private BodyMapViewModel map;
    private Appearance appearance;
    private ObjectProperty<PaperSize> paper;
    private PaperSize paperAtStart;
    private Rectangle2D normalBounds;
    private final InvalidationListener boundsWatcher = o -> noteBounds();
    private final EventHandler<WindowEvent> onShown = e -> noteBounds();
    private final EventHandler<WindowEvent> onHiding = e -> save();

    SavedSession(PreferencesStore store) {
        this.store = store;
        PreferencesStore.Loaded l = store.load();
        this.loaded = l.preferences();
        this.problem = l.problem();
    }

    /** What was wrong with the saved settings, for a note to the user; null when they were read whole. */
    SettingsProblem problem() {
        return problem;
    }

    /** The language chosen under View → Language; the system's when none was, or one this version lacks. */
    Language language() {
        Language l = Language.fromKey(loaded.language());
        return l == null ? Language.SYSTEM : l;
    }

    /** Keeps a new language choice, saved at once: it takes effect when Body Map next starts. */
    void chooseLanguage(Language language) throws StoreException {
        Preferences chosen = loaded.withLanguage(language.key());
        store.save(chosen);
        loaded = chosen;
    }

    /** The theme and text size, before any window is shown, so the first frame already has them. */
    void restoreAppearance(Appearance a) {
        this.appearance = a;
        if (loaded.theme() != null) {
            a.chooseTheme(loaded.theme());
        }
        if (loaded.textSize() != null) {
            a.chooseTextSize(loaded.textSize());
        }
    }

    /** The paper the sheet previews open on; a size this version does not know leaves the locale's. */
    void restorePaper(ObjectProperty<PaperSize> chosen) {
        this.paper = chosen;
        if (loaded.paperSize() != null) {
            try {
                chosen.set(PaperSize.parse(loaded.paperSize()));
            } catch (IllegalArgumentException e) {
                // A newer version's paper: the locale's default, and the file keeps its value until another is chosen.
            }
        }
        paperAtStart = chosen.get();
    }

    void restoreMap(BodyMapViewModel model) {
        this.map = model;
        if (loaded.tool() != null) {
            model.chooseTool(loaded.tool());
        }
        MapPreferences saved = loaded.map();
        if (saved == null) {
            return;
        }
        if (saved.view() != null) {
            model.viewProperty().set(saved.view());
        }
        if (saved.bothViews() != null) {
            model.bothViewsProperty().set(saved.bothViews());
        }
        ZoomPreference z = saved.zoom();
        if (z != null && z.view() != null) {
            model.zoomProperty().set(new MapZoom(z.factor(), z.view(), z.x(), z.y()));
        }
    }

    /** Puts the (not yet shown) stage where it was, if that place is still on a screen; then keeps track of it. */
    void placeWindow(Stage window) {
        this.stage = window;
        WindowPlacement w = loaded.window();
        if (w != null && usable(w)) {
            Rectangle2D screen = Screen.getScreensForRectangle(w.x(), w.y(), w.width(), w.height()).get(0).getVisualBounds();
            window.setX(w.x());
            window.setY(w.y());
            window.setWidth(Math.max(window.getMinWidth(), Math.min(w.width(), screen.getWidth())));
            window.setHeight(Math.max(window.getMinHeight(), Math.min(w.height(), screen.getHeight())));
            window.setMaximized(w.maximized());
        } else {
            // The scene's own size, also when the stage was shown before with another (as in tests).
            window.setMaximized(false);
            window.sizeToScene();
            window.centerOnScreen();
        }
        // A stage shown again with a new session (tests reuse one) drops the old session's hooks.
        if (window.getProperties().get(SavedSession.class) instanceof SavedSession earlier) {
            earlier.unhook(window);
        }
        window.getProperties().put(SavedSession.class, this);
        for (var p : java.util.List.of(window.xProperty(), window.yProperty(), window.widthProperty(), window.heightProperty())) {
            p.addListener(boundsWatcher);
        }
        window.addEventHandler(WindowEvent.WINDOW_SHOWN, onShown);
        window.addEventHandler(WindowEvent.WINDOW_HIDING, onHiding);
    }

    private void unhook(Stage window) {
        for (var p : java.util.List.of(window.xProperty(), window.yProperty(), window.widthProperty(), window.heightProperty())) {
            p.removeListener(boundsWatcher);
        }
        window.removeEventHandler(WindowEvent.WINDOW_SHOWN, onShown);
        window.removeEventHandler(WindowEvent.WINDOW_HIDING, onHiding);
    }

    private static boolean usable(WindowPlacement w) {
        if (!(w.width() > 0 && w.height() > 0 && Double.isFinite(w.x()) && Double.isFinite(w.y()))) {
            return false;
        }
        Rectangle2D top = new Rectangle2D(w.x(), w.y(), w.width(), 40);
        return Screen.getScreens().stream().map(Screen::getVisualBounds).anyMatch(s -> s.intersects(top)
                && Math.min(s.getMaxX(), top.getMaxX()) - Math.max(s.getMinX(), top.getMinX()) >= VISIBLE_GRIP);
    }

    /** Remembers the bounds while the window is neither maximized nor minimized, to restore un-maximizing later. */
    private void noteBounds() {
        if (stage.isShowing() && !stage.isMaximized() && !stage.isIconified() && stage.getWidth() > 0) {
            normalBounds = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        }
    }

    void save() {
        if (stage == null || map == null) {
            return;
        }
        Preferences now = loaded;
        if (normalBounds != null) {
            now = now.withWindow(new WindowPlacement(normalBounds.getMinX(), normalBounds.getMinY(),
                    normalBounds.getWidth(), normalBounds.getHeight(), stage.isMaximized()));
        }
        MapZoom z = map.getZoom();
        ZoomPreference zoom = z.isFit() ? new ZoomPreference(1, map.getView(), 0, 0)
                : new ZoomPreference(z.factor(), z.view(), z.x(), z.y());
        now = now.withMap(new MapPreferences(map.getView(), map.bothViewsProperty().get(), zoom)).withTool(map.getTool());
        if (appearance != null) {
            // "Follow the system" is the default: left unwritten unless the file had a theme.
            ThemeChoice theme = appearance.getTheme();
            now = now.withTheme(theme == ThemeChoice.SYSTEM && loaded.theme() == null ? null : theme)
                    .withTextSize(appearance.getTextSize() == TextSize.NORMAL && loaded.textSize() == null ? null : appearance.getTextSize());
        }
        if (paper != null && paper.get() != null && (paper.get() != paperAtStart || loaded.paperSize() == null)) {
            now = now.withPaperSize(paper.get().name().toLowerCase(java.util.Locale.ROOT));
        }
        try {
            store.save(now);
        } catch (StoreException e) {
            // The app is closing: there is no one to show a dialog to, and the defaults will do next time.
            System.err.println(e.getMessage());
        }
    }
}

package com.bodymap.store;

import com.bodymap.model.Tool;
import com.bodymap.model.View;

/**
 * What Body Map remembers between runs apart from results: where the window was and how the map
 * was shown, the theme and text size, the paper the sheets were last laid out for ("a4" or
 * "letter", as the command line spells it), the tool last chosen on the map (null: all tools) and
 * the language. Each part may be null (never saved, or unreadable). The store keeps any field it
 * does not know, so an older version never drops a newer one's settings.
 *
 * @param language the language chosen under View → Language, as its key ("system", "en", "de");
 *                 kept as written, so a language a newer version added survives an older one
 */
public record Preferences(WindowPlacement window, MapPreferences map, ThemeChoice theme, TextSize textSize,
                          String paperSize, Tool tool, String language) {

    public static Preferences none() {
        return new Preferences(null, null, null, null, null, null, null);
    }

    public Preferences withWindow(WindowPlacement w) {
        return new Preferences(w, map, theme, textSize, paperSize, tool, language);
    }

    public Preferences withMap(MapPreferences m) {
        return new Preferences(window, m, theme, textSize, paperSize, tool, language);
    }

    public Preferences withTheme(ThemeChoice t) {
        return new Preferences(window, map, t, textSize, paperSize, tool, language);
    }

    public Preferences withTextSize(TextSize t) {
        return new Preferences(window, map, theme, t, paperSize, tool, language);
    }

    public Preferences withPaperSize(String p) {
        return new Preferences(window, map, theme, textSize, p, tool, language);
    }

    /** The map's tool; null for all tools (the headline ratings). */
    public Preferences withTool(Tool t) {
        return new Preferences(window, map, theme, textSize, paperSize, t, language);
    }

    public Preferences withLanguage(String l) {
        return new Preferences(window, map, theme, textSize, paperSize, tool, l);
    }

    /** The main window's position and size in screen pixels, as last seen un-maximized. */
    public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {
    }

    /**
     * The map: the view chosen (the one shown when only one fits, and where the keyboard works),
     * whether both views are shown when the window is wide enough, and the zoom.
     */
    public record MapPreferences(View view, Boolean bothViews, ZoomPreference zoom) {
    }

    /**
     * How far the map is zoomed beyond fitting the whole figure (1 = fit), and the point of the
     * figure of {@code view} at the centre of the map, in that figure's own coordinates.
     */
    public record ZoomPreference(double factor, View view, double x, double y) {
    }
}

package com.bodymap.ui.appearance;

import com.bodymap.store.TextSize;
import com.bodymap.store.ThemeChoice;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;

/** View → Theme and View → Text size: each choice applied at once, the current one ticked. */
public final class AppearanceMenu {
    private final Appearance appearance;

    public AppearanceMenu(Appearance appearance) {
        this.appearance = appearance;
    }

    public Menu themeMenu() {
        ToggleGroup group = new ToggleGroup();
        Menu menu = new Menu("_Theme");
        menu.setId("menu-theme");
        menu.getItems().addAll(
                themeItem(group, ThemeChoice.LIGHT, "_Light"),
                themeItem(group, ThemeChoice.DARK, "_Dark"),
                themeItem(group, ThemeChoice.HIGH_CONTRAST, "_High contrast"),
                new SeparatorMenuItem(),
                themeItem(group, ThemeChoice.SYSTEM, "_Follow the system"));
        return menu;
    }

    public Menu textSizeMenu() {
        ToggleGroup group = new ToggleGroup();
        MenuItem larger = new MenuItem("_Larger text");
        larger.setId("menu-text-larger-step");
        larger.setAccelerator(WindowStyler.LARGER);
        larger.setOnAction(e -> appearance.largerText());
        MenuItem smaller = new MenuItem("_Smaller text");
        smaller.setId("menu-text-smaller-step");
        smaller.setAccelerator(WindowStyler.SMALLER);
        smaller.setOnAction(e -> appearance.smallerText());
        RadioMenuItem normal = sizeItem(group, TextSize.NORMAL, "_Normal");
        normal.setAccelerator(WindowStyler.NORMAL);
        Menu menu = new Menu("Text _size");
        menu.setId("menu-text-size");
        menu.getItems().addAll(normal, sizeItem(group, TextSize.LARGE, "L_arge"), sizeItem(group, TextSize.LARGER, "La_rger"),
                new SeparatorMenuItem(), larger, smaller);
        return menu;
    }

    private RadioMenuItem themeItem(ToggleGroup group, ThemeChoice choice, String text) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setId("menu-theme-" + choice.id());
        item.setToggleGroup(group);
        item.setSelected(appearance.getTheme() == choice);
        appearance.themeProperty().addListener((obs, old, now) -> item.setSelected(now == choice));
        item.setOnAction(e -> appearance.chooseTheme(choice));
        return item;
    }

    private RadioMenuItem sizeItem(ToggleGroup group, TextSize size, String text) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setId("menu-text-" + size.id());
        item.setToggleGroup(group);
        item.setSelected(appearance.getTextSize() == size);
        appearance.textSizeProperty().addListener((obs, old, now) -> item.setSelected(now == size));
        item.setOnAction(e -> appearance.chooseTextSize(size));
        return item;
    }
}

package com.bodymap.ui.appearance;

import com.bodymap.i18n.Messages;
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
    private final Messages messages;

    public AppearanceMenu(Appearance appearance, Messages messages) {
        this.appearance = appearance;
        this.messages = messages;
    }

    public Menu themeMenu() {
        ToggleGroup group = new ToggleGroup();
        Menu menu = new Menu(messages.text("menu.theme"));
        menu.setId("menu-theme");
        menu.getItems().addAll(
                themeItem(group, ThemeChoice.LIGHT),
                themeItem(group, ThemeChoice.DARK),
                themeItem(group, ThemeChoice.HIGH_CONTRAST),
                new SeparatorMenuItem(),
                themeItem(group, ThemeChoice.SYSTEM));
        return menu;
    }

    public Menu textSizeMenu() {
        ToggleGroup group = new ToggleGroup();
        MenuItem larger = new MenuItem(messages.text("menu.textSize.larger"));
        larger.setId("menu-text-larger-step");
        larger.setAccelerator(WindowStyler.LARGER);
        larger.setOnAction(e -> appearance.largerText());
        MenuItem smaller = new MenuItem(messages.text("menu.textSize.smaller"));
        smaller.setId("menu-text-smaller-step");
        smaller.setAccelerator(WindowStyler.SMALLER);
        smaller.setOnAction(e -> appearance.smallerText());
        RadioMenuItem normal = sizeItem(group, TextSize.NORMAL);
        normal.setAccelerator(WindowStyler.NORMAL);
        Menu menu = new Menu(messages.text("menu.textSize"));
        menu.setId("menu-text-size");
        menu.getItems().addAll(normal, sizeItem(group, TextSize.LARGE), sizeItem(group, TextSize.LARGER),
                new SeparatorMenuItem(), larger, smaller);
        return menu;
    }

    private RadioMenuItem themeItem(ToggleGroup group, ThemeChoice choice) {
        RadioMenuItem item = new RadioMenuItem(messages.label(choice));
        item.setId("menu-theme-" + choice.id());
        item.setToggleGroup(group);
        item.setSelected(appearance.getTheme() == choice);
        appearance.themeProperty().addListener((obs, old, now) -> item.setSelected(now == choice));
        item.setOnAction(e -> appearance.chooseTheme(choice));
        return item;
    }

    private RadioMenuItem sizeItem(ToggleGroup group, TextSize size) {
        RadioMenuItem item = new RadioMenuItem(messages.label(size));
        item.setId("menu-text-" + size.id());
        item.setToggleGroup(group);
        item.setSelected(appearance.getTextSize() == size);
        appearance.textSizeProperty().addListener((obs, old, now) -> item.setSelected(now == size));
        item.setOnAction(e -> appearance.chooseTextSize(size));
        return item;
    }
}

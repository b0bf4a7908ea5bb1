package com.bodymap.ui.sheet;

import com.bodymap.i18n.Messages;
import com.bodymap.content.ContentRepository;
import com.bodymap.export.PersonalPlan;
import com.bodymap.export.SheetComposer;
import com.bodymap.export.UnknownSheetIdException;
import com.bodymap.model.RegionPart;
import com.bodymap.ui.common.DialogService;
import com.bodymap.ui.region.RegionPageViewModel;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/**
 * The app's printing commands: "Print or save sheets…" in the Tools menu (choose, then preview),
 * "Print this page" and "Print with its cards" on every region page (straight to the preview), and
 * a wizard result's personal plan.
 */
public final class SheetCommands {
    public static final String PAGE_ACTION_ID = "print-sheet";
    public static final String PAGE_WITH_CARDS_ACTION_ID = "print-sheet-with-cards";

    private final ContentRepository content;
    private final SheetComposer composer;
    private final SheetWindows windows;
    private final DialogService dialogs;
    private final Messages messages;

    /** English commands, for tests. */
    public SheetCommands(ContentRepository content, SheetComposer composer, SheetWindows windows, DialogService dialogs) {
        this(content, composer, windows, dialogs, Messages.english());
    }

    public SheetCommands(ContentRepository content, SheetComposer composer, SheetWindows windows, DialogService dialogs,
                         Messages messages) {
        this.messages = messages;
        this.content = content;
        this.composer = composer;
        this.windows = windows;
        this.dialogs = dialogs;
    }

    public void install(Menu tools, RegionPageViewModel page) {
        MenuItem item = new MenuItem(messages.text("print.menu"));
        item.setId("menu-print-sheets");
        item.setAccelerator(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN));
        item.setOnAction(e -> printOrSaveSheets());
        tools.getItems().add(item);
        page.addAction(PAGE_ACTION_ID, messages.text("print.page"), this::printRegionPage);
        page.addAction(PAGE_WITH_CARDS_ACTION_ID, messages.text("print.pageWithCards"), p -> printRegionPage(p, true));
    }

    public void printOrSaveSheets() {
        Optional<List<String>> ids = windows.chooseSheets(new SheetChooserViewModel(content, messages));
        if (ids.isEmpty() || ids.get().isEmpty()) {
            return;
        }
        try {
            windows.preview(composer.forIds(ids.get()));
        } catch (UnknownSheetIdException e) {
            dialogs.showError(messages.text("print.cannot"), messages.text("print.unknownIds", e.ids().size(), String.join(", ", e.ids())));
        }
    }

    /** The region page as the user sees it (the chosen side highlighted), its cards listed but not printed. */
    public void printRegionPage(RegionPart part) {
        printRegionPage(part, false);
    }

    /** The region page, followed by its technique cards in full when {@code withCards}. */
    public void printRegionPage(RegionPart part, boolean withCards) {
        if (part != null) {
            windows.preview(composer.regionPage(List.of(part), withCards));
        }
    }

    /** A wizard result as a personal plan, previewed over the window it was asked for from. */
    public void printPlan(PersonalPlan plan, Window over) {
        try {
            windows.preview(composer.plan(plan), over);
        } catch (IllegalArgumentException e) {
            dialogs.showError(messages.text("print.cannotPlan"), messages.text("print.cannotLayOut", String.valueOf(e.getMessage())));
        }
    }
}

package com.bodymap.app;

import com.bodymap.content.ContentRepository;
import com.bodymap.export.AtomicFileWriter;
import com.bodymap.export.PaperSize;
import com.bodymap.export.SheetComposer;
import com.bodymap.export.SheetPdf;
import com.bodymap.model.Figure;
import com.bodymap.model.View;
import com.bodymap.ui.MainWindow;
import com.bodymap.ui.bodymap.BodyMapView;
import com.bodymap.ui.bodymap.BodyMapViewModel;
import com.bodymap.ui.common.FxDialogService;
import com.bodymap.ui.common.Stylesheets;
import com.bodymap.ui.region.RegionPage;
import com.bodymap.ui.region.RegionPageViewModel;
import com.bodymap.ui.sheet.FxSheetPrinter;
import com.bodymap.ui.sheet.FxSheetWindows;
import com.bodymap.ui.sheet.SheetCommands;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The one place that builds every object of the running app, passing dependencies by constructor. */
public final class AppAssembly {
    private final ContentRepository content;
    private final Map<View, Figure> figures;

    public AppAssembly(ContentRepository content, Map<View, Figure> figures) {
        this.content = content;
        this.figures = figures;
    }

    /** Builds the main window's content; tests mount this directly. */
    public MainWindow buildMainWindow(Stage stage) {
        FxDialogService dialogs = new FxDialogService(stage);
        BodyMapViewModel map = new BodyMapViewModel(content);
        RegionPageViewModel page = new RegionPageViewModel(content, map);
        MainWindow window = new MainWindow(map, new BodyMapView(map, figures), new RegionPage(page), dialogs);
        installSheets(stage, dialogs, window, page);
        return window;
    }

    /** Printing and PDF: "Print or save sheets…" in the Tools menu, "Print this page" on region pages. */
    private void installSheets(Stage stage, FxDialogService dialogs, MainWindow window, RegionPageViewModel page) {
        AtomicFileWriter files = new AtomicFileWriter();
        SheetPdf pdf = new SheetPdf(Clock.systemDefaultZone(), files);
        FxSheetWindows windows = new FxSheetWindows(stage, pdf, files, dialogs, new FxSheetPrinter(stage),
                PaperSize.forLocale(Locale.getDefault()));
        new SheetCommands(content, new SheetComposer(content, figures), windows, dialogs).install(window.toolsMenu(), page);
    }

    public void showMainWindow(Stage stage) {
        MainWindow window = buildMainWindow(stage);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window, Math.min(1280, screen.getWidth() * 0.9), Math.min(860, screen.getHeight() * 0.9));
        Stylesheets.apply(scene);
        stage.setTitle("Body Map");
        stage.setMinWidth(820);
        stage.setMinHeight(560);
        stage.setScene(scene);
        stage.show();
        window.focusMap();
    }
}

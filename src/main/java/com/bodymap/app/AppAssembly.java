package com.bodymap.app;

import com.bodymap.content.ContentRepository;
import com.bodymap.model.check.CheckCatalog;
import com.bodymap.files.AtomicFileWriter;
import com.bodymap.store.PreferencesStore;
import com.bodymap.store.ResultsHistory;
import com.bodymap.store.ResultsStore;
import com.bodymap.store.RunCheck;
import com.bodymap.wizard.AsymmetryAnalysis;
import com.bodymap.wizard.PlanBuilder;
import com.bodymap.ui.comparison.ComparisonTools;
import com.bodymap.ui.wizard.PlanPrinting;
import com.bodymap.export.PaperSize;
import com.bodymap.export.SheetComposer;
import com.bodymap.export.SheetPdf;
import com.bodymap.model.Figure;
import com.bodymap.model.View;
import com.bodymap.log.LogFile;
import com.bodymap.ui.MainWindow;
import com.bodymap.ui.about.AboutWindow;
import com.bodymap.ui.about.FolderOpener;
import com.bodymap.ui.common.Lazy;
import com.bodymap.ui.bodymap.BodyMapView;
import com.bodymap.ui.bodymap.BodyMapViewModel;
import com.bodymap.ui.common.FxDialogService;
import com.bodymap.ui.common.DeferredAccelerators;
import com.bodymap.ui.common.Stylesheets;
import com.bodymap.ui.region.RegionPage;
import com.bodymap.ui.region.RegionPageViewModel;
import com.bodymap.ui.technique.LibraryWindows;
import java.nio.file.Path;
import java.time.Clock;
import com.bodymap.ui.sheet.FxSheetPrinter;
import com.bodymap.ui.sheet.FxSheetWindows;
import com.bodymap.ui.sheet.SheetCommands;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SeparatorMenuItem;
import com.bodymap.ui.appearance.Appearance;
import com.bodymap.ui.appearance.AppearanceMenu;
import com.bodymap.ui.appearance.SystemThemeProbe;
import com.bodymap.ui.appearance.WindowStyler;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import com.bodymap.model.Region;
import com.bodymap.picture.Pictures;

/** The one place that builds every object of the running app, passing dependencies by constructor. */
public final class AppAssembly {
    private final ContentRepository content;
    private final Map<View, Figure> figures;
    private final CheckCatalog checks;
    private final Path dataDir;
    private final Pictures pictures;
    private final Appearance appearance;
    /** The paper sheet previews open on: the locale's, then the last one chosen (remembered in the preferences). */
    private final ObjectProperty<PaperSize> paper = new SimpleObjectProperty<>(PaperSize.forLocale(Locale.getDefault()));
    private SavedSession session;

    /** {@code dataDir} is where the user's results are kept (see store.UserDataFolder). */
    public AppAssembly(ContentRepository content, Map<View, Figure> figures, CheckCatalog checks, Path dataDir) {
        this(content, figures, checks, dataDir, new Appearance(SystemThemeProbe.ofThisMachine(), AppAssembly::daemon,
                Clock.systemUTC()));
    }

    /** As above with a given appearance (tests give one whose desktop probe is fixed). */
    public AppAssembly(ContentRepository content, Map<View, Figure> figures, CheckCatalog checks, Path dataDir,
                       Appearance appearance) {
        this.appearance = appearance;
        this.content = content;
        this.figures = figures;
        this.checks = checks;
        this.dataDir = dataDir;
        // Read on first use, when a card, tile, check page or sheet first shows a drawing.
        this.pictures = Pictures.bundled(id -> content.region(id).map(Region::rating), content.language());
    }

    /** Builds the main window's content; tests mount this directly. */
    public MainWindow buildMainWindow(Stage stage) {
        FxDialogService dialogs = new FxDialogService(stage);
        BodyMapViewModel map = new BodyMapViewModel(content);
        LibraryWindows library = new LibraryWindows(content, map, stage, pictures);
        RegionPageViewModel page = new RegionPageViewModel(content, map, library::openCard, figures, pictures);
        MainWindow window = new MainWindow(map, new BodyMapView(map, figures), new RegionPage(page), dialogs);
        library.installCommands(window);
        AppearanceMenu appearanceMenu = new AppearanceMenu(appearance);
        window.viewMenu().getItems().addAll(new SeparatorMenuItem(), appearanceMenu.themeMenu(), appearanceMenu.textSizeMenu());
        SheetCommands sheets = sheetCommands(stage, dialogs);
        sheets.install(window.toolsMenu(), page);
        comparisonTools(stage, dialogs, sheets::printPlan).install(window.toolsMenu(), page);
        Lazy<AboutWindow> about = new Lazy<>(() -> new AboutWindow(AppInfo.load(), dataDir, LogFile.in(dataDir),
                FolderOpener.system(), dialogs, stage));
        window.setAboutAction(() -> about.get().open());
        return window;
    }

    private ComparisonTools comparisonTools(Stage stage, FxDialogService dialogs, PlanPrinting printing) {
        Clock clock = Clock.systemDefaultZone();
        // Saved values are checked against each check's range on load: a bad one marks its run damaged.
        ResultsHistory history = new ResultsHistory(new ResultsStore(dataDir, new AtomicFileWriter(), clock,
                RunCheck.ranges(checks)));
        return new ComparisonTools(stage, checks, content, figures, history, dialogs,
                new AsymmetryAnalysis(new PlanBuilder()), clock, printing, pictures);
    }

    /** Printing and PDF: "Print or save sheets…" in the Tools menu, "Print this page" on region pages. */
    private SheetCommands sheetCommands(Stage stage, FxDialogService dialogs) {
        AtomicFileWriter files = new AtomicFileWriter();
        SheetPdf pdf = new SheetPdf(Clock.systemDefaultZone(), files, content.language());
        FxSheetWindows windows = new FxSheetWindows(stage, pdf, files, dialogs, new FxSheetPrinter(stage), paper);
        return new SheetCommands(content, new SheetComposer(content, figures, pictures), windows, dialogs);
    }

    public void showMainWindow(Stage stage) {
        session = new SavedSession(new PreferencesStore(dataDir, new AtomicFileWriter()));
        session.restoreAppearance(appearance);
        session.restorePaper(paper);
        // Read the desktop's setting while the window is built; it is read again when the window regains focus.
        appearance.checkSystem();
        MainWindow window = buildMainWindow(stage);
        session.restoreMap(window.map());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window, Math.min(1280, screen.getWidth() * 0.9), Math.min(860, screen.getHeight() * 0.9));
        DeferredAccelerators.install(scene);
        Stylesheets.apply(scene);
        new WindowStyler(appearance).install(stage);
        stage.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                appearance.checkSystem();
            }
        });
        stage.setTitle("Body Map");
        stage.setMinWidth(820);
        stage.setMinHeight(560);
        stage.setScene(scene);
        session.placeWindow(stage);
        stage.show();
        window.focusMap();
        if (session.problem() != null) {
            window.showNotice(session.problem());
            System.err.println(session.problem());
        }
    }

    public Appearance appearance() {
        return appearance;
    }

    private static void daemon(Runnable r) {
        Thread t = new Thread(r, "system-theme");
        t.setDaemon(true);
        t.start();
    }

    /** Saves the window's place and the map's state; the app calls it on quitting, which closes no window. */
    public void saveSession() {
        if (session != null) {
            session.save();
        }
    }
}

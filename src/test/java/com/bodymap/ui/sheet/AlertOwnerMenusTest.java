package com.bodymap.ui.sheet;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.bodymap.export.PaperSize;
import com.bodymap.export.SheetComposer;
import com.bodymap.export.SheetFixtures;
import com.bodymap.export.SheetPdf;
import com.bodymap.files.AtomicFileWriter;
import com.bodymap.ui.MainWindow;
import com.bodymap.ui.MainWindowFixture;
import com.bodymap.ui.common.FxDialogService;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * After Print… with no printer and its alert, the main window's menus still open. The fault only
 * shows on a real display (GTK), never under headless Monocle, so this test runs with the printer
 * test on the real $DISPLAY (tag "printer"); without one it is skipped, unless
 * BODYMAP_REQUIRE_PRINTER=1 (as in .ci/run), where that is a failure. Before the fix the alert was
 * owned by the main window, which the preview blocked, and the Tools menu never opened again.
 */
@Tag("printer")
@ExtendWith(ApplicationExtension.class)
class AlertOwnerMenusTest {
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private Stage main;

    /** Before the extension starts the toolkit, which needs a display to start at all. */
    @BeforeAll
    static void needsARealDisplay() {
        if (!onRealDisplay()) {
            String why = "needs a real display (the fault never shows under headless Monocle); run the printer-test execution";
            if ("1".equals(System.getenv("BODYMAP_REQUIRE_PRINTER"))) {
                fail(why);
            }
            Assumptions.abort(why);
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        main = stage;
        MainWindowFixture.show(stage);
    }

    @AfterEach
    void stop() throws TimeoutException {
        worker.shutdownNow();
        FxToolkit.cleanupStages();
    }

    private static boolean onRealDisplay() {
        String display = System.getenv("DISPLAY");
        return display != null && !display.isBlank() && !"Monocle".equals(System.getProperty("glass.platform"));
    }

    @Test
    void theMenusOpenAfterTheNoPrinterAlert(FxRobot robot) throws Exception {
        FakePrinter none = new FakePrinter();
        none.behaviour = FakePrinter.Behaviour.NONE;
        var doc = new SheetComposer(SheetFixtures.content(), SheetFixtures.figures()).forIds(List.of("lumbar-spine"));
        robot.interact(() -> {
            // The app's own dialog service, made for the main window, as AppAssembly makes it.
            SheetPreviewDialog.show(main, new SheetPreviewViewModel(doc, PaperSize.A4,
                    new SheetPdf(Clock.systemUTC(), new AtomicFileWriter()), new AtomicFileWriter(),
                    new FxDialogService(main, com.bodymap.i18n.Messages.english()), none, worker), () -> { });
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#sheet-page-label").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("Page 1 of ")).orElse(false));
        robot.clickOn("#sheet-print");
        robot.clickOn("OK");
        robot.clickOn("#sheet-close");
        WaitForAsyncUtils.waitForFxEvents();

        MainWindow window = robot.lookup(".main-window").queryAs(MainWindow.class);
        robot.clickOn("Tools");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.toolsMenu().isShowing(), "the Tools menu opened after the no-printer alert");
    }
}

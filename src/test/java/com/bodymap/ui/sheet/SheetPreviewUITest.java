package com.bodymap.ui.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.files.AtomicFileWriter;
import com.bodymap.export.PaperSize;
import com.bodymap.export.SheetComposer;
import com.bodymap.export.SheetFixtures;
import com.bodymap.export.SheetPdf;
import com.bodymap.ui.common.RecordingDialogs;
import com.bodymap.ui.common.Stylesheets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The preview window itself, clicked as a user would, with a stand-in printer and dialogs. */
@ExtendWith(ApplicationExtension.class)
class SheetPreviewUITest {
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final FakePrinter printer = new FakePrinter();
    private SheetPreviewViewModel model;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        var doc = new SheetComposer(SheetFixtures.content(), SheetFixtures.figures()).forIds(List.of("lumbar-spine" + SheetComposer.WITH_CARDS));
        model = new SheetPreviewViewModel(doc, PaperSize.A4, new SheetPdf(Clock.systemUTC(), new AtomicFileWriter()),
                new AtomicFileWriter(), dialogs, printer, worker);
        // Within the headless screen (1280 x 800): a larger window breaks Monocle's painter.
        Scene scene = new Scene(new SheetPreviewDialog(model), 760, 720);
        Stylesheets.apply(scene);
        stage.setScene(scene);
        stage.show();
        model.load();
    }

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void waitFor(FxRobot robot, String id, String prefix) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> label(robot, id).startsWith(prefix));
        FxThread.settle(worker);
    }

    @Test
    void showsThePagesAndTurnsThem(FxRobot robot) throws Exception {
        waitFor(robot, "#sheet-page-label", "Page 1 of ");
        int pages = model.pageCountProperty().get();
        assertNotNull(robot.lookup("#sheet-page-image").queryAs(ImageView.class).getImage());
        assertTrue(robot.lookup("#sheet-previous").queryAs(Button.class).isDisabled());
        robot.clickOn("#sheet-next");
        waitFor(robot, "#sheet-page-label", "Page 2 of " + pages);
        robot.type(KeyCode.PAGE_DOWN);
        waitFor(robot, "#sheet-page-label", "Page 3 of " + pages);
        robot.clickOn("#sheet-last");
        waitFor(robot, "#sheet-page-label", "Page " + pages + " of " + pages);
        assertTrue(robot.lookup("#sheet-next").queryAs(Button.class).isDisabled());
    }

    @Test
    void savesAsPdfFromTheButton(FxRobot robot) throws Exception {
        waitFor(robot, "#sheet-page-label", "Page 1 of ");
        dialogs.saveTo = dir.resolve("sheet.pdf").toFile();
        robot.clickOn("#sheet-save");
        waitFor(robot, "#sheet-status", "Saved ");
        assertTrue(Files.size(dir.resolve("sheet.pdf")) > 1000);
    }

    @Test
    void aCancelledPrintDialogIsSaidInTheStatusLine(FxRobot robot) throws Exception {
        waitFor(robot, "#sheet-page-label", "Page 1 of ");
        printer.behaviour = FakePrinter.Behaviour.CANCEL;
        robot.clickOn("#sheet-print");
        waitFor(robot, "#sheet-status", "Printing cancelled");
        assertFalse(robot.lookup("#sheet-print").queryAs(Button.class).isDisabled());
        assertEquals(List.of(), dialogs.errors);
    }
}

package com.bodymap.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isDisabled;
import static org.testfx.matcher.base.NodeMatchers.isEnabled;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import com.bodymap.content.ContentException;
import com.bodymap.model.check.CheckResult;
import com.bodymap.model.check.ComparisonRun;
import com.bodymap.store.StoreException;
import com.bodymap.ui.wizard.WizardHarness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.css.PseudoClass;
import javafx.scene.chart.LineChart;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class HistoryViewUITest {
    @TempDir
    Path dataDir;

    private WizardHarness harness;

    @Start
    void start(Stage stage) throws ContentException {
        harness = new WizardHarness(stage, dataDir);
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    private void saveTwoRuns() throws StoreException {
        harness.history.add(new ComparisonRun("old", LocalDateTime.of(2025, 3, 1, 9, 0),
                List.of(new CheckResult("knee-to-wall", 10.0, 7.0)), "first try"));
        harness.history.add(new ComparisonRun("new", LocalDateTime.of(2025, 3, 20, 18, 30),
                List.of(new CheckResult("knee-to-wall", 9.0, 8.0)), ""));
    }

    /** Waits until the history has read the disk (it does so off the JavaFX thread). */
    static void awaitIdle(FxRobot robot) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#history-view").tryQuery()
                    .map(v -> !v.getPseudoClassStates().contains(PseudoClass.getPseudoClass("working"))).orElse(false));
        } catch (TimeoutException e) {
            throw new AssertionError("the history did not finish reading within 20 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openHistory(FxRobot robot) {
        robot.clickOn("#open-history");
        awaitIdle(robot);
    }

    @SuppressWarnings("unchecked")
    private TableView<HistoryViewModel.Row> table(FxRobot robot) {
        return robot.lookup("#history-table").queryAs(TableView.class);
    }

    @Test
    void aFinishedRunAppearsInTheHistoryWithItsBiggestGapAndOnTheChart(FxRobot robot) {
        robot.clickOn("#open-wizard-calf");
        robot.clickOn("#wizard-next");
        robot.clickOn("#left-knee-to-wall").write("11");
        robot.clickOn("#right-knee-to-wall").write("7.5");
        robot.clickOn("#wizard-next");
        robot.clickOn("#wizard-finish");

        openHistory(robot);
        TableView<HistoryViewModel.Row> table = table(robot);
        assertEquals(1, table.getItems().size());
        assertEquals("Knee-to-wall", table.getItems().get(0).checks());
        assertEquals("Knee-to-wall: 3.5 cm, right tighter", table.getItems().get(0).biggestGap());
        assertTrue(robot.lookup("Knee-to-wall: 3.5 cm, right tighter").tryQuery().isPresent(), "shown in the table");

        LineChart<?, ?> chart = robot.lookup("#history-chart").queryAs(LineChart.class);
        assertEquals(3, chart.getData().size(), "the gap and the threshold either side of zero");
        assertEquals(-3.5, chart.getData().get(0).getData().get(0).getYValue());
        assertEquals(2.0, chart.getData().get(1).getData().get(0).getYValue());
    }

    @Test
    void aRunIsDeletedOnlyAfterConfirming(FxRobot robot) throws StoreException {
        saveTwoRuns();
        openHistory(robot);
        verifyThat("#history-delete", isDisabled());
        robot.clickOn("Sat 1 Mar 2025, 09:00");
        verifyThat("#history-delete", isEnabled());

        harness.dialogs.answer = false;
        robot.clickOn("#history-delete");
        assertEquals(2, table(robot).getItems().size());

        harness.dialogs.answer = true;
        robot.clickOn("#history-delete");
        awaitIdle(robot);
        assertEquals(2, harness.dialogs.confirmations.size());
        assertEquals(List.of("new"), table(robot).getItems().stream().map(HistoryViewModel.Row::runId).toList());
        assertEquals(1, harness.history.runs().size());
    }

    @Test
    void aRunOpensAgainOnItsResultPage(FxRobot robot) throws StoreException {
        saveTwoRuns();
        openHistory(robot);
        robot.clickOn("Sat 1 Mar 2025, 09:00");
        robot.clickOn("#history-open");
        verifyThat("#run-result-title", hasText("Result of Sat 1 Mar 2025, 09:00"));
        verifyThat("#tighter-knee-to-wall", hasText("Right"));
        verifyThat("#verdict-knee-to-wall", hasText("Yes: larger than the measurement error"));
        verifyThat("#run-result-notes", hasText("first try"));
        robot.clickOn("#run-result-print");
        assertEquals(1, harness.printedPlans.size());
        assertTrue(harness.printedPlans.get(0).summary().get(0).startsWith("Tested on 1 March 2025, 09:00"),
                harness.printedPlans.get(0).summary().toString());
        assertEquals("Your notes: first try", harness.printedPlans.get(0).summary().get(2));
    }

    @Test
    void aDamagedResultsFileIsMovedAsideAndTheUserToldWhere(FxRobot robot) throws IOException {
        Files.writeString(dataDir.resolve("results.json"), "{\"format\": 1, \"runs\": [");
        openHistory(robot);
        assertEquals(1, harness.dialogs.errors.size());
        String error = harness.dialogs.errors.get(0);
        assertTrue(error.contains(dataDir.resolve("results.json.damaged-").toString()), error);
        assertEquals(0, table(robot).getItems().size());
        verifyThat("#history-chart-empty", org.testfx.matcher.base.NodeMatchers.isVisible());
        try (var files = Files.list(dataDir)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("results.json.damaged-")));
        }
    }

    /** Issue 13, defect 1, in the window: a damaged file moved aside, its runs offered and restored by a click. */
    @Test
    void aDamagedFilesRunsAreOfferedAndRestoredFromTheWindow(FxRobot robot) throws StoreException, IOException, TimeoutException {
        saveTwoRuns();
        Path file = dataDir.resolve("results.json");
        List<String> lines = Files.readAllLines(file);
        lines.set(0, "\u0000garbage");
        Files.write(file, lines);
        robot.interact(() -> harness.history.store().load()); // as a fresh start of the app would

        robot.clickOn("#open-history");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#history-recovery").query().isVisible());
        String offer = robot.lookup("#history-recovery-text").queryLabeled().getText();
        assertTrue(offer.startsWith("2 earlier runs are not in your history"), offer);
        assertTrue(offer.contains(dataDir.resolve("results.json.damaged-").toString()), offer);

        robot.clickOn("#history-restore");
        awaitIdle(robot);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#history-recovery").query().isVisible());
        assertEquals(List.of("new", "old"), table(robot).getItems().stream().map(HistoryViewModel.Row::runId).toList());
        assertTrue(harness.dialogs.errors.stream().anyMatch(m -> m.startsWith("(info) Runs restored")), harness.dialogs.errors.toString());
    }

    /** Issue 13, defect 2, in the window: a NaN in the file is a damaged row, and Enter on it explains. */
    @Test
    void aRunWithABadValueIsADamagedRowAndTheRestShows(FxRobot robot) throws StoreException, IOException {
        saveTwoRuns();
        Files.writeString(dataDir.resolve("results.json"), "{\"run\":{\"id\":\"bad\",\"takenAt\":\"2025-03-10T12:00:00\","
                + "\"results\":[{\"checkId\":\"knee-to-wall\",\"left\":NaN,\"right\":3}]}}\n",
                java.nio.file.StandardOpenOption.APPEND);
        openHistory(robot);
        assertEquals(List.of("new", "bad", "old"), table(robot).getItems().stream().map(HistoryViewModel.Row::runId).toList());
        verifyThat("#history-notice", org.testfx.matcher.base.NodeMatchers.isVisible());
        robot.clickOn("Mon 10 Mar 2025, 12:00");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        String shown = harness.dialogs.errors.get(harness.dialogs.errors.size() - 1);
        assertTrue(shown.startsWith("(info) This run cannot be shown"), shown);
        assertTrue(shown.contains("is not a number (NaN)"), shown);
        LineChart<?, ?> chart = robot.lookup("#history-chart").queryAs(LineChart.class);
        assertEquals(2, chart.getData().get(0).getData().size(), "the two good runs are on the chart");
    }

    /** Issue 11: a reopened result was squeezed into its window, and its text cut short. */
    @Test
    void aReopenedResultShowsItsWholeText(FxRobot robot) throws StoreException {
        harness.history.add(new ComparisonRun("many", LocalDateTime.of(2025, 3, 5, 8, 0), List.of(
                new CheckResult("knee-to-wall", 10.0, 7.0), new CheckResult("modified-thomas", 12.0, 2.0),
                new CheckResult("prone-knee-bend", 120.0, 100.0), new CheckResult("straight-leg-raise", 80.0, 60.0),
                new CheckResult("figure-four-feel", 7.0, 2.0)), "A long note. ".repeat(30)));
        openHistory(robot);
        robot.clickOn("Wed 5 Mar 2025, 08:00");
        robot.clickOn("#history-open");
        javafx.scene.layout.Region page = robot.lookup("#run-result").queryAs(javafx.scene.layout.Region.class);
        javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) page.getParent().getParent().getParent();
        double needed = page.prefHeight(page.getWidth());
        assertTrue(page.getHeight() >= needed - 1, "the page is as tall as its text: " + page.getHeight() + " < " + needed);
        assertTrue(needed > scroll.getViewportBounds().getHeight(), "long enough to scroll");
        assertEquals(0.0, scroll.getVvalue(), "it opens at the top");
        verifyThat("#run-result-notes", hasText("A long note. ".repeat(30)));
    }
}

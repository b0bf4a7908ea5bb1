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
import java.util.concurrent.TimeoutException;
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

        robot.clickOn("#open-history");
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
        robot.clickOn("#open-history");
        verifyThat("#history-delete", isDisabled());
        robot.clickOn("Sat 1 Mar 2025, 09:00");
        verifyThat("#history-delete", isEnabled());

        harness.dialogs.answer = false;
        robot.clickOn("#history-delete");
        assertEquals(2, table(robot).getItems().size());

        harness.dialogs.answer = true;
        robot.clickOn("#history-delete");
        assertEquals(2, harness.dialogs.confirmations.size());
        assertEquals(List.of("new"), table(robot).getItems().stream().map(HistoryViewModel.Row::runId).toList());
        assertEquals(1, harness.history.runs().size());
    }

    @Test
    void aRunOpensAgainOnItsResultPage(FxRobot robot) throws StoreException {
        saveTwoRuns();
        robot.clickOn("#open-history");
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
        robot.clickOn("#open-history");
        assertEquals(1, harness.dialogs.errors.size());
        String error = harness.dialogs.errors.get(0);
        assertTrue(error.contains(dataDir.resolve("results.json.damaged-").toString()), error);
        assertEquals(0, table(robot).getItems().size());
        verifyThat("#history-chart-empty", org.testfx.matcher.base.NodeMatchers.isVisible());
        try (var files = Files.list(dataDir)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("results.json.damaged-")));
        }
    }
}

package com.bodymap.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.model.check.CheckCatalog;
import com.bodymap.model.check.CheckResult;
import com.bodymap.model.check.ComparisonRun;
import com.bodymap.files.AtomicFileWriter;
import com.bodymap.store.ResultsHistory;
import com.bodymap.store.ResultsStore;
import com.bodymap.store.StoreException;
import com.bodymap.ui.wizard.RecordingDialogs;
import com.bodymap.wizard.AsymmetryAnalysis;
import com.bodymap.wizard.CheckFixtures;
import com.bodymap.wizard.PlanBuilder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryViewModelTest {
    @TempDir
    Path dir;

    private final CheckCatalog catalog = new CheckCatalog(List.of(), List.of(),
            List.of(CheckFixtures.kneeToWall(), CheckFixtures.proneKneeBend()));
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<ComparisonRun> opened = new ArrayList<>();
    private ResultsHistory history;
    private HistoryViewModel model;

    @BeforeEach
    void setUp() throws StoreException {
        history = new ResultsHistory(new ResultsStore(dir, new AtomicFileWriter(), Clock.systemDefaultZone()));
        history.add(new ComparisonRun("old", LocalDateTime.of(2025, 3, 1, 9, 0),
                List.of(new CheckResult("knee-to-wall", 10.0, 7.0)), "first"));
        history.add(new ComparisonRun("new", LocalDateTime.of(2025, 3, 20, 18, 30),
                List.of(new CheckResult("knee-to-wall", 9.0, 8.5), new CheckResult("prone-knee-bend", 120.0, 120.0)), ""));
        model = new HistoryViewModel(catalog, history, dialogs, new AsymmetryAnalysis(new PlanBuilder()), opened::add,
                new com.bodymap.ui.wizard.ReportWording(new com.bodymap.content.ContentRepository(List.of(), List.of(),
                        List.of(), null), catalog, com.bodymap.i18n.Messages.english()));
    }

    @Test
    void rowsAreNewestFirstWithTheBiggestGap() {
        assertEquals(List.of("new", "old"), model.rows().stream().map(HistoryViewModel.Row::runId).toList());
        HistoryViewModel.Row old = model.rows().get(1);
        assertEquals("Sat 1 Mar 2025, 09:00", old.date());
        assertEquals("Knee-to-wall: 3 cm, right tighter", old.biggestGap());
        assertEquals("No imbalance", model.rows().get(0).biggestGap());
        assertEquals("Knee-to-wall, Prone knee bend", model.rows().get(0).checks());
    }

    @Test
    void theChartShowsTheMostMeasuredCheckSignedBySide() {
        assertEquals("knee-to-wall", model.chartCheckProperty().get().id());
        assertEquals(List.of(-3.0, -0.5), model.pointsBinding().get().stream().map(p -> p.gap()).toList());
        model.chartCheckProperty().set(CheckFixtures.proneKneeBend());
        assertEquals(List.of(0.0), model.pointsBinding().get().stream().map(p -> p.gap()).toList());
    }

    @Test
    void deletingAsksFirstAndDoesNothingWhenTheUserSaysNo() {
        model.selectedRunIdProperty().set("old");
        dialogs.answer = false;
        model.deleteSelected();
        assertEquals(1, dialogs.confirmations.size());
        assertTrue(dialogs.confirmations.get(0).contains("Sat 1 Mar 2025, 09:00"), dialogs.confirmations.get(0));
        assertEquals(2, history.runs().size());

        dialogs.answer = true;
        model.deleteSelected();
        assertEquals(List.of("new"), model.rows().stream().map(HistoryViewModel.Row::runId).toList());
        assertNull(model.selectedRunIdProperty().get());
        assertEquals(1, new ResultsHistory(new ResultsStore(dir, new AtomicFileWriter(), Clock.systemDefaultZone()))
                .runs().size());
    }

    @Test
    void openingHandsTheSelectedRunOver() {
        model.openSelected();
        assertTrue(opened.isEmpty());
        model.selectedRunIdProperty().set("new");
        model.openSelected();
        assertEquals("new", opened.get(0).id());
    }

    @Test
    void aRunSavedElsewhereShowsUpStraightAway() throws StoreException {
        history.add(new ComparisonRun("third", LocalDateTime.of(2025, 4, 1, 8, 0),
                List.of(new CheckResult("knee-to-wall", 6.0, 9.0)), ""));
        assertEquals("third", model.rows().get(0).runId());
        assertEquals(3, model.pointsBinding().get().size());
    }
}

package com.bodymap.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.content.ContentRepository;
import com.bodymap.files.AtomicFileWriter;
import com.bodymap.i18n.Messages;
import com.bodymap.model.check.CheckCatalog;
import com.bodymap.model.check.CheckResult;
import com.bodymap.model.check.ComparisonRun;
import com.bodymap.store.ResultsHistory;
import com.bodymap.store.ResultsStore;
import com.bodymap.store.RunCheck;
import com.bodymap.store.StoreException;
import com.bodymap.ui.common.RecordingDialogs;
import com.bodymap.ui.wizard.ReportWording;
import com.bodymap.wizard.AsymmetryAnalysis;
import com.bodymap.wizard.CheckFixtures;
import com.bodymap.wizard.GapHistory;
import com.bodymap.wizard.PlanBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

    private ResultsHistory history() {
        return new ResultsHistory(new ResultsStore(dir, new AtomicFileWriter(), Clock.systemDefaultZone(),
                RunCheck.ranges(catalog)));
    }

    private HistoryViewModel model(ResultsHistory h) {
        return model(h, Messages.english());
    }

    private HistoryViewModel model(ResultsHistory h, Messages messages) {
        HistoryViewModel m = new HistoryViewModel(catalog, h, dialogs, new AsymmetryAnalysis(new PlanBuilder()), opened::add,
                new ReportWording(new ContentRepository(List.of(), List.of(), List.of(), null), catalog, messages));
        m.load();
        return m;
    }

    @BeforeEach
    void setUp() throws StoreException {
        history = history();
        history.add(new ComparisonRun("old", LocalDateTime.of(2025, 3, 1, 9, 0),
                List.of(new CheckResult("knee-to-wall", 10.0, 7.0)), "first"));
        history.add(new ComparisonRun("new", LocalDateTime.of(2025, 3, 20, 18, 30),
                List.of(new CheckResult("knee-to-wall", 9.0, 8.5), new CheckResult("prone-knee-bend", 120.0, 120.0)), ""));
        model = model(history);
    }

    private List<Double> gaps() {
        return model.pointsProperty().get().stream().map(GapHistory.Point::gap).toList();
    }

    @Test
    void rowsAreNewestFirstWithDateTimeAndTheBiggestGap() {
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
        assertEquals(List.of(-3.0, -0.5), gaps());
        model.chartCheckProperty().set(CheckFixtures.proneKneeBend());
        assertEquals(List.of(0.0), gaps());
    }

    @Test
    void runsOnTheSameDayAreSeparatePointsAndRows() throws StoreException {
        history.add(new ComparisonRun("morning", LocalDateTime.of(2025, 4, 1, 7, 15),
                List.of(new CheckResult("knee-to-wall", 6.0, 9.0)), ""));
        history.add(new ComparisonRun("evening", LocalDateTime.of(2025, 4, 1, 21, 40),
                List.of(new CheckResult("knee-to-wall", 8.0, 9.0)), ""));
        assertEquals(List.of(-3.0, -0.5, 3.0, 1.0), gaps());
        assertEquals(LocalDateTime.of(2025, 4, 1, 21, 40), model.pointsProperty().get().get(3).takenAt());
        assertEquals(List.of("Tue 1 Apr 2025, 21:40", "Tue 1 Apr 2025, 07:15"),
                model.rows().subList(0, 2).stream().map(HistoryViewModel.Row::date).toList());
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
        assertEquals(1, history().runs().size());
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
        assertEquals(3, model.pointsProperty().get().size());
    }

    @Test
    void aRunSavedByAnotherWindowShowsUpWhenTheWindowIsComeBackTo() throws StoreException {
        history().add(new ComparisonRun("elsewhere", LocalDateTime.of(2025, 4, 2, 8, 0),
                List.of(new CheckResult("knee-to-wall", 6.0, 9.0)), ""));
        model.load();
        assertEquals("elsewhere", model.rows().get(0).runId());
    }

    /** Issue 13, defect 2: one bad value made the history throw on the JavaFX thread every time. */
    @Test
    void badValuesShowAsDamagedRunsAndNothingThrows() throws IOException {
        Path file = dir.resolve("results.json");
        String lines = Files.readString(file)
                + "{\"run\":{\"id\":\"nan\",\"takenAt\":\"2025-03-05T08:00:00\",\"results\":[{\"checkId\":\"knee-to-wall\",\"left\":NaN,\"right\":7}]}}\n"
                + "{\"run\":{\"id\":\"huge\",\"takenAt\":\"2025-03-06T08:00:00\",\"results\":[{\"checkId\":\"knee-to-wall\",\"left\":1e999,\"right\":7}]}}\n"
                + "{\"run\":{\"id\":\"range\",\"takenAt\":\"2025-03-07T08:00:00\",\"results\":[{\"checkId\":\"knee-to-wall\",\"left\":400,\"right\":7}]}}\n"
                + "this line is not JSON\n";
        Files.writeString(file, lines);
        HistoryViewModel fresh = model(history());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        assertEquals(6, fresh.rows().size());
        List<HistoryViewModel.Row> damaged = fresh.rows().stream().filter(HistoryViewModel.Row::damaged).toList();
        assertEquals(4, damaged.size());
        assertEquals("Date unreadable", damaged.get(0).date(), "the line without a date is listed first");
        for (HistoryViewModel.Row r : damaged) {
            assertEquals("Damaged run", r.checks());
            assertTrue(r.biggestGap().startsWith("Cannot be shown: "), r.biggestGap());
        }
        assertTrue(fresh.noticeProperty().get().startsWith("4 saved runs could not be read"), fresh.noticeProperty().get());
        assertEquals(2, fresh.pointsProperty().get().size(), "damaged runs stay off the chart");

        fresh.selectedRunIdProperty().set("range");
        fresh.openSelected();
        assertTrue(opened.isEmpty());
        assertTrue(dialogs.information.get(0).contains("outside what the check allows"), dialogs.information.get(0));
        fresh.deleteSelected();
        assertEquals(5, fresh.rows().size());
    }

    @Test
    void theHistoryExportsAsCsvWrittenWhole() throws IOException, StoreException {
        history.add(new ComparisonRun("quoted", LocalDateTime.of(2025, 4, 1, 7, 5, 9),
                List.of(new CheckResult("knee-to-wall", 6.0, null)), "Sore, \"tight\"\nafter running"));
        dialogs.saveTo = dir.resolve("export.csv").toFile();
        model.exportCsv();
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        assertTrue(dialogs.information.get(0).contains("3 runs were saved"), dialogs.information.get(0));
        String csv = Files.readString(dialogs.saveTo.toPath(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFDate,Time,Check,Left,Right,Unit,Difference,Tighter side,Gap counts,Notes,Run id,Problem\r\n"), csv);
        assertTrue(csv.contains("\r\n2025-03-01,09:00:00,Knee-to-wall,10,7,cm,3,right,yes: larger than the measurement error,first,old,\r\n"), csv);
        assertTrue(csv.contains("\r\n2025-04-01,07:05:09,Knee-to-wall,6,,cm,,,not compared,\"Sore, \"\"tight\"\"\nafter running\",quoted,\r\n"), csv);
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".part")));
        }
    }

    @Test
    void aFailedExportSaysWhyAndLeavesNoFile() {
        dialogs.saveTo = dir.resolve("no-such-folder").resolve("export.csv").toFile();
        model.exportCsv();
        assertTrue(dialogs.errors.get(0).contains("does not exist"), dialogs.errors.get(0));
        assertFalse(dialogs.saveTo.exists());
    }

    @Test
    void runsOfADamagedFileAreOfferedAndRestored() throws IOException {
        Path file = dir.resolve("results.json");
        List<String> lines = Files.readAllLines(file);
        lines.set(0, "{\"format\":2,\"gen");
        Files.write(file, lines);
        HistoryViewModel fresh = model(history());
        assertEquals(1, dialogs.errors.size(), "told once that the file was moved aside");
        assertTrue(dialogs.errors.get(0).contains("moved, unchanged, to:"), dialogs.errors.get(0));
        assertEquals(0, fresh.rows().size());
        assertTrue(fresh.recoveryTextProperty().get().startsWith("2 earlier runs are not in your history but can be "
                + "restored from:\n" + dir.resolve("results.json.damaged-")), fresh.recoveryTextProperty().get());

        fresh.restore();
        assertEquals(List.of("new", "old"), fresh.rows().stream().map(HistoryViewModel.Row::runId).toList());
        assertTrue(dialogs.information.get(0).contains("2 runs were added back"), dialogs.information.get(0));
        assertEquals("", fresh.recoveryTextProperty().get(), "nothing left to offer");
    }

    /** The store's damaged runs, notices and export are worded in the chosen language, like the rest of the window. */
    @Test
    void damagedRunsAndTheExportAreWordedInGerman() throws IOException {
        Path file = dir.resolve("results.json");
        Files.writeString(file, Files.readString(file)
                + "{\"run\":{\"id\":\"nan\",\"takenAt\":\"2025-03-05T08:00:00\",\"results\":[{\"checkId\":\"knee-to-wall\",\"left\":NaN,\"right\":7}]}}\n");
        HistoryViewModel german = model(history(), Messages.of(java.util.Locale.GERMAN));
        assertEquals("Sa. 1. M\u00e4rz 2025, 09:00", german.rows().get(2).date());
        assertEquals("Beschädigter Durchgang", german.rows().get(1).checks());
        assertTrue(german.noticeProperty().get().startsWith("Ein gespeicherter Durchgang ließ sich nicht lesen."),
                german.noticeProperty().get());
        assertEquals("Knee-to-wall: 3 cm, rechts fester", german.rows().get(2).biggestGap());

        dialogs.saveTo = dir.resolve("export.csv").toFile();
        german.exportCsv();
        assertTrue(dialogs.information.get(0).contains("3 Durchgänge wurden gespeichert"), dialogs.information.get(0));
        String csv = Files.readString(dialogs.saveTo.toPath(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFDatum,Uhrzeit,Test,Links,Rechts,Einheit,Unterschied,Festere Seite,Unterschied zählt,"
                + "Notizen,Durchgangs-ID,Problem\r\n"), csv);
        assertTrue(csv.contains("\r\n2025-03-01,09:00:00,Knee-to-wall,10,7,cm,3,rechts,ja: größer als der Messfehler,first,old,\r\n"), csv);
    }
}

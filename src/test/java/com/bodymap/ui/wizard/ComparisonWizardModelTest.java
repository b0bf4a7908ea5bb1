package com.bodymap.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.content.ContentRepository;
import com.bodymap.model.Side;
import com.bodymap.model.check.CheckCatalog;
import com.bodymap.model.check.CheckDefinition;
import com.bodymap.model.check.ComparisonRun;
import com.bodymap.files.AtomicFileWriter;
import com.bodymap.store.ResultsHistory;
import com.bodymap.store.ResultsStore;
import com.bodymap.wizard.AsymmetryAnalysis;
import com.bodymap.wizard.CheckFixtures;
import com.bodymap.wizard.ContentFixtures;
import com.bodymap.wizard.PlanBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import com.bodymap.ui.sheet.FxThread;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonWizardModelTest {
    @TempDir
    Path dir;

    private final ContentRepository content = ContentFixtures.content();
    private final CheckCatalog catalog = new CheckCatalog(List.of(), List.of(), List.of(CheckFixtures.thomas(),
            CheckFixtures.proneKneeBend(), CheckFixtures.kneeToWall(), CheckFixtures.overheadReach()));
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final Clock clock = Clock.fixed(Instant.parse("2025-05-06T07:08:09.500Z"), ZoneOffset.UTC);

    private final ExecutorService saver = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        saver.shutdownNow();
    }

    private ComparisonWizardModel model(ResultsHistory history) {
        return new ComparisonWizardModel(catalog, new AsymmetryAnalysis(new PlanBuilder()), history, dialogs, clock, saver,
                com.bodymap.i18n.Messages.english());
    }

    /** Presses Finish as the page does, on the JavaFX thread, and waits for the save to end; true when saved. */
    private boolean finish(ComparisonWizardModel m) throws Exception {
        boolean[] done = {false};
        FxThread.run(() -> m.save(() -> done[0] = true));
        FxThread.settle(saver);
        assertFalse(m.savingProperty().get());
        return done[0];
    }

    private ResultsHistory history(AtomicFileWriter writer) {
        return new ResultsHistory(new ResultsStore(dir, writer, clock));
    }

    @Test
    void nothingIsChosenAtFirstAndThatBlocksTheFirstPage() {
        ComparisonWizardModel m = model(history(new AtomicFileWriter()));
        assertFalse(m.anyChosenBinding().get());
        m.chosenProperty("knee-to-wall").set(true);
        assertTrue(m.anyChosenBinding().get());
        assertEquals(List.of("knee-to-wall"), m.chosenChecks().stream().map(CheckDefinition::id).toList());
    }

    @Test
    void fromARegionPageItsChecksAreTicked() {
        ComparisonWizardModel m = model(history(new AtomicFileWriter()));
        m.proposeFor(content.region("calf").orElseThrow());
        assertEquals(List.of("knee-to-wall"), m.chosenChecks().stream().map(CheckDefinition::id).toList());
        assertTrue(m.introProperty().get().contains("calf"), m.introProperty().get());
    }

    @Test
    void fromTheLowBackTheChecksForTheAreasToLookAtFirstAreTicked() {
        ComparisonWizardModel m = model(history(new AtomicFileWriter()));
        m.proposeFor(content.region("lumbar-spine").orElseThrow());
        assertEquals(List.of("modified-thomas", "prone-knee-bend"),
                m.chosenChecks().stream().map(CheckDefinition::id).toList());
        assertTrue(m.introProperty().get().contains("directly"), m.introProperty().get());
    }

    @Test
    void aSideIsValidOnlyWithAReadingInRangeOrWhenNotTested() {
        SideEntry left = model(history(new AtomicFileWriter())).entry("modified-thomas").side(Side.LEFT);
        assertFalse(left.validBinding().get());
        assertFalse(left.showsErrorBinding().get(), "an empty field is a prompt, not an error");
        left.textProperty().set("50");
        left.optionProperty().set("below");
        assertFalse(left.validBinding().get());
        assertTrue(left.showsErrorBinding().get());
        assertEquals("Out of range: below horizontal, enter 0 to 45°", SideInput.message(left, new com.bodymap.i18n.MeasureWording(com.bodymap.i18n.Messages.english())));
        left.textProperty().set("8");
        assertTrue(left.validBinding().get());
        assertEquals(-8.0, left.value());
        assertEquals("\u2713 8° below horizontal", SideInput.message(left, new com.bodymap.i18n.MeasureWording(com.bodymap.i18n.Messages.english())));
        left.textProperty().set("");
        left.skippedProperty().set(true);
        assertTrue(left.validBinding().get());
        assertNull(left.value());
    }

    @Test
    void aCheckIsValidWhenBothSidesAre() {
        CheckEntry e = model(history(new AtomicFileWriter())).entry("overhead-reach");
        assertFalse(e.validBinding().get());
        e.side(Side.LEFT).passedProperty().set(true);
        assertFalse(e.validBinding().get());
        e.side(Side.RIGHT).passedProperty().set(false);
        assertTrue(e.validBinding().get());
    }

    @Test
    void finishingSavesTheChosenChecksWithTheDateAndNotes() throws Exception {
        ResultsHistory history = history(new AtomicFileWriter());
        ComparisonWizardModel m = model(history);
        m.chosenProperty("knee-to-wall").set(true);
        m.entry("knee-to-wall").side(Side.LEFT).textProperty().set("11");
        m.entry("knee-to-wall").side(Side.RIGHT).textProperty().set("7,5");
        m.entry("modified-thomas").side(Side.LEFT).textProperty().set("3"); // not chosen: not saved
        m.notesProperty().set("  after a long drive ");

        assertEquals("Right", new ReportWording(new com.bodymap.content.ContentRepository(java.util.List.of(), java.util.List.of(), java.util.List.of(), null), catalog, com.bodymap.i18n.Messages.english()).tighter(m.report().comparisons().get(0)));
        assertTrue(finish(m));
        assertTrue(m.saved());
        ComparisonRun saved = history(new AtomicFileWriter()).runs().get(0);
        assertEquals(1, saved.results().size());
        assertEquals(11.0, saved.results().get(0).left());
        assertEquals(7.5, saved.results().get(0).right());
        assertEquals("after a long drive", saved.notes());
        assertEquals("2025-05-06T07:08:09", saved.takenAt().toString());
        assertTrue(dialogs.errors.isEmpty());
    }

    @Test
    void aFailedSaveIsReportedWithTheFileAndTheWizardStaysOpen() throws Exception {
        ResultsHistory history = history(new AtomicFileWriter(out -> new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new java.nio.file.AccessDeniedException(dir.resolve("results.json").toString());
            }
        }));
        ComparisonWizardModel m = model(history);
        m.chosenProperty("knee-to-wall").set(true);
        m.entry("knee-to-wall").side(Side.LEFT).textProperty().set("11");
        m.entry("knee-to-wall").side(Side.RIGHT).textProperty().set("9");
        assertFalse(finish(m));
        assertFalse(m.saved());
        assertEquals(1, dialogs.errors.size());
        String error = dialogs.errors.get(0);
        assertTrue(error.contains("Reason: permission denied"), error);
        assertTrue(error.contains("\n" + dir.resolve("results.json") + "\n"), "the path on a line of its own: " + error);
        assertTrue(m.saveStatusProperty().get().startsWith("Not saved: permission denied"), m.saveStatusProperty().get());
        assertTrue(history.runs().isEmpty());
        assertTrue(m.hasEntries());
    }

    @Test
    void aDataFolderThatIsAFileIsNamedAsNotAFolder() throws Exception {
        Path file = dir.resolve("data");
        java.nio.file.Files.writeString(file, "not a folder");
        ComparisonWizardModel m = model(new ResultsHistory(new ResultsStore(file, new AtomicFileWriter(), clock)));
        m.chosenProperty("knee-to-wall").set(true);
        m.entry("knee-to-wall").side(Side.LEFT).skippedProperty().set(true);
        m.entry("knee-to-wall").side(Side.RIGHT).skippedProperty().set(true);
        assertFalse(finish(m));
        String error = dialogs.errors.get(0);
        assertTrue(error.contains("Reason: not a folder"), error);
        assertTrue(error.contains("\n" + file.resolve("results.json") + "\n"), error);
        // A second press tries again rather than doing nothing.
        assertFalse(finish(m));
        assertEquals(2, dialogs.errors.size());
    }

    @Test
    void leavingAsksOnlyWhenSomethingWasEntered() {
        ComparisonWizardModel m = model(history(new AtomicFileWriter()));
        m.chosenProperty("knee-to-wall").set(true);
        assertTrue(m.mayClose(), "nothing entered: no question");
        assertTrue(dialogs.confirmations.isEmpty());
        m.entry("knee-to-wall").side(Side.LEFT).textProperty().set("1");
        dialogs.answer = false;
        assertFalse(m.mayClose());
        assertEquals(1, dialogs.confirmations.size());
        dialogs.answer = true;
        assertTrue(m.mayClose());
    }
}

package com.bodymap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.files.AtomicFileWriter;
import com.bodymap.files.FailingStream;
import com.bodymap.model.check.CheckResult;
import com.bodymap.model.check.ComparisonRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsHistoryTest {
    @TempDir
    Path dir;

    private static ComparisonRun run(String id, int day) {
        return new ComparisonRun(id, LocalDateTime.of(2025, 3, day, 8, 0), List.of(new CheckResult("knee-to-wall", 9.0, 7.0)), "");
    }

    private ResultsHistory history() {
        return new ResultsHistory(new ResultsStore(dir, new AtomicFileWriter(), Clock.systemDefaultZone()));
    }

    @Test
    void addedRunsAreSavedListedOldestFirstAndReported() throws StoreException {
        ResultsHistory history = history();
        List<String> heard = new ArrayList<>();
        history.addListener(() -> heard.add("changed"));
        history.add(run("late", 9));
        history.add(run("early", 2));
        assertEquals(List.of("early", "late"), history.runs().stream().map(ComparisonRun::id).toList());
        assertEquals(2, heard.size());
        assertEquals(2, history().runs().size(), "a fresh history reads the same runs from disk");
    }

    @Test
    void aRunCanBeDeleted() throws StoreException {
        ResultsHistory history = history();
        history.add(run("a", 1));
        history.add(run("b", 2));
        history.delete("a");
        assertEquals(List.of("b"), history().runs().stream().map(ComparisonRun::id).toList());
    }

    @Test
    void aFailedSaveLeavesTheListAsItWas() throws StoreException {
        history().add(run("a", 1));
        ResultsHistory failing = new ResultsHistory(new ResultsStore(dir,
                new AtomicFileWriter(out -> new FailingStream(out, 10)), Clock.systemDefaultZone()));
        assertThrows(StoreException.class, () -> failing.add(run("b", 2)));
        assertEquals(List.of("a"), failing.runs().stream().map(ComparisonRun::id).toList());
    }

    @Test
    void theLoadProblemIsReportedOnce() throws IOException {
        Files.writeString(dir.resolve("results.json"), "][");
        ResultsHistory history = history();
        assertTrue(history.open().isPresent());
        assertTrue(history.open().isEmpty());
        assertEquals(List.of(), history.runs());
    }
}

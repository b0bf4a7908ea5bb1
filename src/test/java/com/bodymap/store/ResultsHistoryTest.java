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

    @Test
    void readingNeverWaitsForASaveOnASlowDisk() throws Exception {
        history().add(run("a", 1));
        java.util.concurrent.CountDownLatch writing = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        ResultsHistory slow = new ResultsHistory(new ResultsStore(dir, new AtomicFileWriter(out -> new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                writing.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new java.io.InterruptedIOException();
                }
                out.write(b, off, len);
            }
        }), Clock.systemDefaultZone()));
        slow.open();
        List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        slow.addListener(() -> heard.add(Thread.currentThread().getName()));
        Thread saver = new Thread(() -> {
            try {
                slow.add(run("b", 2));
            } catch (StoreException e) {
                throw new IllegalStateException(e);
            }
        }, "saver");
        saver.start();
        assertTrue(writing.await(10, java.util.concurrent.TimeUnit.SECONDS));
        long started = System.nanoTime();
        assertEquals(List.of("a"), slow.runs().stream().map(ComparisonRun::id).toList(), "the runs as they were");
        assertTrue(System.nanoTime() - started < 2_000_000_000L, "read without waiting for the save");
        release.countDown();
        saver.join(10_000);
        assertEquals(List.of("a", "b"), slow.runs().stream().map(ComparisonRun::id).toList());
        assertEquals(List.of("saver"), heard, "listeners hear on the thread that saved");
    }
}

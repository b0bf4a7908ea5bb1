package com.bodymap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.bodymap.files.AtomicFileWriter;
import com.bodymap.model.check.ComparisonRun;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two app windows on one data folder (issue 11: each wrote its own copy over the other's). */
class TwoStoresTest {
    @TempDir
    Path dir;

    private ResultsHistory history() {
        return new ResultsHistory(new ResultsStore(dir, new AtomicFileWriter(), Clock.systemDefaultZone()));
    }

    private static ComparisonRun run(String id) {
        return ResultsStoreTest.run(id, 1 + Math.abs(id.hashCode()) % 28);
    }

    private static Set<String> ids(List<ComparisonRun> runs) {
        return runs.stream().map(ComparisonRun::id).collect(Collectors.toSet());
    }

    @Test
    void twoWindowsSavingInTurnsLoseNothing() throws StoreException {
        ResultsHistory a = history();
        ResultsHistory b = history();
        a.runs();
        b.runs(); // both have read the (empty) file before either saves, as two open windows have
        Set<String> saved = new java.util.HashSet<>();
        for (int i = 0; i < 40; i++) {
            a.add(run("a" + i));
            b.add(run("b" + i));
            saved.add("a" + i);
            saved.add("b" + i);
        }
        assertEquals(saved, ids(history().runs()), "the file holds every run of both");
        a.refresh();
        assertEquals(saved, ids(a.runs()), "each window sees the other's runs too");
        assertEquals(saved, ids(b.runs()));
    }

    @Test
    void aDeletionInOneWindowIsNotUndoneByTheOthersNextSave() throws StoreException {
        ResultsHistory a = history();
        ResultsHistory b = history();
        a.add(run("x"));
        a.add(run("y"));
        b.runs();
        a.delete("x");
        b.add(run("z"));
        assertEquals(Set.of("y", "z"), ids(history().runs()));
        assertEquals(Set.of("y", "z"), ids(b.runs()));
    }

    @Test
    void twoWindowsSavingAtOnceFromSeveralThreadsLoseNothing() {
        List<ResultsHistory> windows = List.of(history(), history());
        List<CompletableFuture<Void>> saving = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            for (int t = 0; t < 2; t++) {
                ResultsHistory window = windows.get(w);
                String prefix = "w" + w + "t" + t + "-";
                saving.add(CompletableFuture.runAsync(() -> IntStream.range(0, 25).forEach(i -> {
                    try {
                        window.add(run(prefix + i));
                    } catch (StoreException e) {
                        throw new IllegalStateException(e);
                    }
                })));
            }
        }
        saving.forEach(CompletableFuture::join);
        List<ComparisonRun> all = history().runs();
        assertEquals(100, ids(all).size());
        assertEquals(100, all.size(), "no run twice");
        assertFalse(history().store().load().hasProblem());
    }
}

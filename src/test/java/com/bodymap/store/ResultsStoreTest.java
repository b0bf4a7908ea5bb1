package com.bodymap.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.files.AtomicFileWriter;
import com.bodymap.files.FailingStream;
import com.bodymap.model.check.CheckResult;
import com.bodymap.model.check.ComparisonRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsStoreTest {
    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(LocalDateTime.of(2025, 4, 2, 13, 45, 7).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private ResultsStore store() {
        return new ResultsStore(dir, new AtomicFileWriter(), clock);
    }

    private static ComparisonRun run(String id, int day) {
        return new ComparisonRun(id, LocalDateTime.of(2025, 3, day, 8, 30, 0), List.of(
                new CheckResult("knee-to-wall", 9.5, 7.0),
                new CheckResult("modified-thomas", -12.0, null),
                new CheckResult("overhead-reach", 1.0, 0.0)), "Felt stiff after the drive \u2014 left calf");
    }

    @Test
    void runsSurviveARoundTrip() throws StoreException {
        List<ComparisonRun> runs = List.of(run("a", 1), run("b", 2));
        store().save(runs);
        LoadOutcome outcome = store().load();
        assertFalse(outcome.hasProblem());
        assertEquals(runs, outcome.runs());
    }

    @Test
    void noFileMeansAnEmptyHistoryAndNoFolderIsCreated() {
        ResultsStore store = new ResultsStore(dir.resolve("fresh"), new AtomicFileWriter(), clock);
        assertEquals(List.of(), store.load().runs());
        assertFalse(Files.exists(dir.resolve("fresh")));
    }

    @Test
    void aDamagedFileIsMovedAsideUnchangedAndTheUserIsToldWhere() throws IOException, StoreException {
        Path file = dir.resolve("results.json");
        byte[] garbage = "{\"format\": 1, \"runs\": [ {\"id\": \"a\", \"takenAt\": ".getBytes(StandardCharsets.UTF_8);
        Files.write(file, garbage);

        ResultsStore store = store();
        LoadOutcome outcome = store.load();
        Path aside = dir.resolve("results.json.damaged-20250402-134507");
        assertEquals(aside, outcome.movedTo());
        assertEquals(List.of(), outcome.runs());
        assertTrue(outcome.problem().contains(aside.toString()), outcome.problem());
        assertTrue(outcome.problem().contains("the file is cut short (line 1"), outcome.problem());
        assertFalse(outcome.problem().contains("Source"), "no parser internals: " + outcome.problem());
        assertArrayEquals(garbage, Files.readAllBytes(aside));
        assertFalse(Files.exists(file));

        // The app goes on: the next save starts a new file and leaves the damaged one alone.
        store.save(List.of(run("c", 3)));
        assertEquals(List.of(run("c", 3)), store().load().runs());
        assertArrayEquals(garbage, Files.readAllBytes(aside));
    }

    @Test
    void anEmptyFileOrAFileWithBrokenRunsCountsAsDamaged() throws IOException {
        Files.writeString(dir.resolve("results.json"), "");
        assertTrue(store().load().problem().startsWith("Body Map could not use your saved results"));

        Files.writeString(dir.resolve("results.json"), "{\"format\": 1, \"runs\": [ {\"results\": []} ]}");
        LoadOutcome outcome = new ResultsStore(dir, new AtomicFileWriter(),
                Clock.offset(clock, java.time.Duration.ofSeconds(1))).load();
        assertTrue(outcome.problem().contains("run 1 has no id or date"), outcome.problem());
        assertTrue(Files.exists(dir.resolve("results.json.damaged-20250402-134508")));
    }

    @Test
    void theBackupIsMentionedWhenThereIsOne() throws IOException, StoreException {
        store().save(List.of(run("a", 1)));
        store().save(List.of(run("a", 1), run("b", 2)));
        Files.writeString(dir.resolve("results.json"), "not json");
        String problem = store().load().problem();
        assertTrue(problem.contains("the file is not valid JSON (line 1"), problem);
        assertTrue(problem.contains(dir.resolve("results.json.bak").toString()), problem);
    }

    @Test
    void aFileFromANewerVersionIsLeftAloneAndNeverWrittenOver() throws IOException {
        Path file = dir.resolve("results.json");
        String newer = "{\"format\": 2, \"runs\": [], \"profiles\": []}";
        Files.writeString(file, newer);
        ResultsStore store = store();
        LoadOutcome outcome = store.load();
        assertTrue(outcome.problem().contains("newer version"), outcome.problem());
        assertNull(outcome.movedTo());
        StoreException e = assertThrows(StoreException.class, () -> store.save(List.of(run("a", 1))));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertEquals(newer, Files.readString(file));
    }

    @Test
    void aFailedSaveNamesTheFileAndKeepsThePreviousResults() throws StoreException {
        store().save(List.of(run("a", 1)));
        ResultsStore failing = new ResultsStore(dir, new AtomicFileWriter(out -> new FailingStream(out, 40)), clock);

        StoreException e = assertThrows(StoreException.class, () -> failing.save(List.of(run("a", 1), run("b", 2))));
        assertTrue(e.getMessage().contains(dir.resolve("results.json").toString()), e.getMessage());
        assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
        assertTrue(e.getMessage().contains("earlier results are unchanged"), e.getMessage());
        assertEquals(List.of(run("a", 1)), store().load().runs());
    }

    @Test
    void theFileIsReadableJsonWithIsoDates() throws StoreException, IOException {
        store().save(List.of(run("a", 1)));
        String json = Files.readString(dir.resolve("results.json"));
        assertTrue(json.contains("\"takenAt\" : \"2025-03-01T08:30:00\""), json);
        assertTrue(json.contains("\"format\" : 1"), json);
    }
}

package com.bodymap.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.files.AtomicFileWriter;
import com.bodymap.files.FailingStream;
import com.bodymap.model.check.CheckCatalog;
import com.bodymap.model.check.CheckResult;
import com.bodymap.model.check.ComparisonRun;
import com.bodymap.wizard.CheckFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResultsStoreTest {
    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(LocalDateTime.of(2025, 4, 2, 13, 45, 7).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private final CheckCatalog catalog = new CheckCatalog(List.of(), List.of(), List.of(CheckFixtures.kneeToWall()));

    private ResultsStore store() {
        return new ResultsStore(dir, new AtomicFileWriter(), clock, RunCheck.ranges(catalog));
    }

    private Path file() {
        return dir.resolve("results.json");
    }

    static ComparisonRun run(String id, int day) {
        return new ComparisonRun(id, LocalDateTime.of(2025, 3, day, 8, 30, 0), List.of(
                new CheckResult("knee-to-wall", 9.5, 7.0),
                new CheckResult("modified-thomas", -12.0, null),
                new CheckResult("overhead-reach", 1.0, 0.0)), "Felt stiff after the drive \u2014 left calf");
    }

    private static List<String> ids(List<ComparisonRun> runs) {
        return runs.stream().map(ComparisonRun::id).sorted().toList();
    }

    private void writeJournal(String... lines) throws IOException {
        Files.writeString(file(), "{\"format\":2,\"generation\":\"test\"}\n" + String.join("\n", lines) + "\n");
    }

    private static String line(String id, String day, String left) {
        return "{\"run\":{\"id\":\"" + id + "\",\"takenAt\":\"2025-03-" + day + "T08:00:00\",\"results\":"
                + "[{\"checkId\":\"knee-to-wall\",\"left\":" + left + ",\"right\":7.0}],\"notes\":\"\"}}";
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
    void eachSaveAppendsOneLineOfJson() throws StoreException, IOException {
        ResultsStore store = store();
        for (int i = 1; i <= 3; i++) {
            store.saveRun(run("r" + i, i));
        }
        List<String> lines = Files.readAllLines(file());
        assertEquals(4, lines.size(), "a header and one line per run");
        JsonNode header = RunReader.MAPPER.readTree(lines.get(0));
        assertEquals(2, header.get("format").asInt());
        for (String l : lines.subList(1, 4)) {
            assertTrue(RunReader.MAPPER.readTree(l).get("run").isObject(), l);
        }
        assertTrue(lines.get(1).contains("\"takenAt\":\"2025-03-01T08:30:00\""), lines.get(1));
    }

    /**
     * Defect 9 of issue 13 (3.7 s per save with 100,000 runs) came from rewriting the whole file on
     * every save: a save must leave every byte already on disk in place, in the same file.
     */
    @Test
    void aSaveAddsToTheEndAndNeverRewritesWhatIsOnDisk() throws StoreException, IOException {
        ResultsStore store = store();
        for (int i = 1; i <= 3; i++) {
            store.saveRun(run("r" + i, i));
        }
        for (int i = 4; i <= 8; i++) {
            byte[] before = Files.readAllBytes(file());
            Object sameFile = Files.readAttributes(file(), BasicFileAttributes.class).fileKey();
            store.saveRun(run("r" + i, i));
            byte[] after = Files.readAllBytes(file());
            assertTrue(after.length > before.length, "save " + i + " added a line");
            assertArrayEquals(before, Arrays.copyOf(after, before.length), "save " + i + " left the earlier bytes as they were");
            if (sameFile != null) {
                assertEquals(sameFile, Files.readAttributes(file(), BasicFileAttributes.class).fileKey(),
                        "save " + i + " wrote into the same file, not a new copy renamed over it");
            }
        }
    }

    @Test
    void noFileMeansAnEmptyHistoryAndNoFolderIsCreated() {
        ResultsStore store = new ResultsStore(dir.resolve("fresh"), new AtomicFileWriter(), clock);
        assertEquals(List.of(), store.load().runs());
        assertFalse(Files.exists(dir.resolve("fresh")));
    }

    @Test
    void aFormatOneFileOpensAndKeepsEveryRunAndFieldWhenItBecomesAJournal() throws IOException, StoreException {
        FormatOneFiles.write(file(), List.of(run("a", 1), run("b", 2), run("c", 3)));
        // Fields a later version might have added, at every level.
        String text = Files.readString(file())
                .replace("\"format\" : 1,", "\"format\" : 1,\n  \"profile\" : {\"name\" : \"Sam\"},")
                .replace("\"id\" : \"b\",", "\"id\" : \"b\",\n    \"mood\" : \"good\",")
                .replaceFirst("\"checkId\" : \"knee-to-wall\",", "\"checkId\" : \"knee-to-wall\", \"device\" : \"phone\",");
        Files.writeString(file(), text);
        byte[] before = Files.readAllBytes(file());

        ResultsStore store = store();
        LoadOutcome opened = store.load();
        assertFalse(opened.hasProblem(), opened.problem());
        assertEquals(List.of("a", "b", "c"), ids(opened.runs()));
        assertArrayEquals(before, Files.readAllBytes(file()), "opening alone changes nothing");

        store.saveRun(run("d", 4));
        assertEquals(List.of("a", "b", "c", "d"), ids(store().load().runs()));
        String journal = Files.readString(file());
        assertTrue(journal.startsWith("{\"format\":2,"), journal);
        assertTrue(journal.contains("\"profile\":{\"name\":\"Sam\"}"), journal);
        assertTrue(journal.contains("\"mood\":\"good\""), journal);
        assertTrue(journal.contains("\"device\":\"phone\""), journal);
        assertTrue(journal.contains("Felt stiff after the drive \u2014 left calf"), journal);
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("results.json.bak")),
                "the format-1 file is kept as the backup, as it was");
    }

    @Test
    void aDamagedFileIsMovedAsideUnchangedAndTheUserIsToldWhere() throws IOException, StoreException {
        byte[] garbage = "{\"format\": 1, \"runs\": [ {\"id\": \"a\", \"takenAt\": ".getBytes(StandardCharsets.UTF_8);
        Files.write(file(), garbage);

        ResultsStore store = store();
        LoadOutcome outcome = store.load();
        Path aside = dir.resolve("results.json.damaged-20250402-134507");
        assertEquals(aside, outcome.movedTo());
        assertEquals(List.of(), outcome.runs());
        assertTrue(outcome.problem().contains(aside.toString()), outcome.problem());
        assertTrue(outcome.problem().contains("the file is cut short (line 1"), outcome.problem());
        assertFalse(outcome.problem().contains("Source"), "no parser internals: " + outcome.problem());
        assertArrayEquals(garbage, Files.readAllBytes(aside));
        assertFalse(Files.exists(file()));

        // The app goes on: the next save starts a new file and leaves the damaged one alone.
        store.saveRun(run("c", 3));
        assertEquals(List.of(run("c", 3)), store().load().runs());
        assertArrayEquals(garbage, Files.readAllBytes(aside));
    }

    @Test
    void anEmptyFileIsDamagedButARunWithoutIdOrDateIsOneDamagedRun() throws IOException {
        Files.writeString(file(), "");
        assertTrue(store().load().problem().startsWith("Body Map could not use your saved results"));

        FormatOneFiles.write(file(), List.of(run("a", 1)));
        Files.writeString(file(), Files.readString(file()).replace("\"runs\" : [ {", "\"runs\" : [ {\"results\": []}, {"));
        LoadOutcome outcome = store().load();
        assertNull(outcome.problem());
        assertEquals(List.of("a"), ids(outcome.runs()));
        assertEquals(1, outcome.damaged().size());
        assertEquals("it has no id", outcome.damaged().get(0).damage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "1e999", "\"12\"", "31", "-0.5", "true", "[1]"})
    void aBadValueMarksItsRunDamagedAndTheRestOpens(String bad) throws IOException, StoreException {
        writeJournal(line("good-1", "01", "9.0"), line("bad", "02", bad), line("good-2", "03", "8.5"));
        ResultsStore store = store();
        LoadOutcome outcome = store.load();
        assertNull(outcome.problem());
        assertEquals(List.of("good-1", "good-2"), ids(outcome.runs()));
        assertEquals(1, outcome.damaged().size());
        StoredRun damaged = outcome.damaged().get(0);
        assertEquals("bad", damaged.key());
        assertEquals(LocalDateTime.of(2025, 3, 2, 8, 0), damaged.takenAt());
        assertTrue(damaged.damage().startsWith("the left value of"), damaged.damage());
        assertTrue(damaged.damage().contains("Knee-to-wall"), "the check's name, as the user knows it: " + damaged.damage());

        // Kept, unchanged, when others are saved; gone only when the user deletes it.
        store.saveRun(run("new", 4));
        assertTrue(Files.readString(file()).contains(line("bad", "02", bad)));
        assertTrue(store.delete("bad"));
        assertEquals(0, store().load().damaged().size());
        assertEquals(List.of("good-1", "good-2", "new"), ids(store().load().runs()));
    }

    /**
     * The store's own check, under the ranges: a value that is not a finite number marks its run
     * damaged even in a check this version does not know (a later version's), which no range covers.
     */
    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "1e999", "-1e999"})
    void aNonFiniteValueIsDamagedEvenInACheckThisVersionDoesNotKnow(String bad) throws IOException {
        writeJournal(line("good", "01", "9.0"), line("bad", "02", bad).replace("knee-to-wall", "a-later-check"));
        LoadOutcome outcome = store().load();
        assertNull(outcome.problem());
        assertEquals(List.of("good"), ids(outcome.runs()));
        assertEquals(1, outcome.damaged().size());
        assertEquals("bad", outcome.damaged().get(0).key());
        assertTrue(outcome.damaged().get(0).damage().startsWith("the left value of the check a-later-check is "),
                outcome.damaged().get(0).damage());
    }

    @Test
    void theSameBadValuesInAFormatOneFileAreDamagedRunsToo() throws IOException {
        FormatOneFiles.write(file(), List.of(run("a", 1), run("b", 2)));
        Files.writeString(file(), Files.readString(file()).replaceFirst("\"left\" : 9.5", "\"left\" : NaN"));
        LoadOutcome outcome = store().load();
        assertNull(outcome.problem());
        assertEquals(List.of("b"), ids(outcome.runs()));
        assertEquals("a", outcome.damaged().get(0).key());
    }

    @Test
    void aLineThatIsNotJsonIsOneDamagedRunThatCanBeDeleted() throws IOException, StoreException {
        writeJournal(line("a", "01", "9"), "{\"run\":{\"id\":\"b\",\"taken", line("c", "03", "9"));
        ResultsStore store = store();
        LoadOutcome outcome = store.load();
        assertEquals(List.of("a", "c"), ids(outcome.runs()));
        StoredRun damaged = outcome.damaged().get(0);
        assertEquals("its text is not valid JSON", damaged.damage());
        assertTrue(store.delete(damaged.key()));
        assertEquals(List.of(), store().load().damaged());
    }

    @Test
    void fieldsFromALaterVersionAreKeptThroughSavesAndCompaction() throws IOException, StoreException {
        Files.writeString(file(), "{\"format\":2,\"generation\":\"g\",\"theme\":\"dark\"}\n"
                + "{\"run\":{\"id\":\"a\",\"takenAt\":\"2025-03-01T08:00:00\",\"results\":[{\"checkId\":\"knee-to-wall\","
                + "\"left\":9.0,\"right\":7.0,\"photo\":\"x.png\"}],\"notes\":\"\",\"place\":\"gym\"}}\n"
                + "{\"sync\":{\"device\":\"tablet\"}}\n");
        ResultsStore store = new ResultsStore(dir, new AtomicFileWriter(), clock, RunCheck.none(), 2);
        store.load();
        store.saveRun(run("b", 2));
        store.saveRun(run("b", 2));
        store.saveRun(run("b", 2)); // two superseded lines: compacted
        String text = Files.readString(file());
        assertEquals(4, text.lines().count(), text);
        assertTrue(text.contains("\"theme\":\"dark\""), text);
        assertTrue(text.contains("\"photo\":\"x.png\""), text);
        assertTrue(text.contains("\"place\":\"gym\""), text);
        assertTrue(text.contains("{\"sync\":{\"device\":\"tablet\"}}"), text);
        assertEquals(List.of("a", "b"), ids(store().load().runs()));
    }

    @Test
    void compactionKeepsEveryLiveRunAndEveryDeletion() throws StoreException, IOException {
        ResultsStore store = new ResultsStore(dir, new AtomicFileWriter(), clock, RunCheck.none(), 3);
        for (int i = 1; i <= 10; i++) {
            store.saveRun(run("r" + i, i));
        }
        for (int i = 1; i <= 10; i += 2) {
            store.delete("r" + i);
        }
        assertEquals(List.of("r10", "r2", "r4", "r6", "r8"), ids(store().load().runs()));
        long lines = Files.readAllLines(file()).size();
        assertTrue(lines < 16, "compacted: " + lines + " lines");
        assertFalse(store().recoverable().runs().stream().anyMatch(r -> r.key().equals("r1")),
                "a deleted run is never offered back");
    }

    @Test
    void aFileFromANewerVersionOpensReadOnlyAndIsNeverWrittenOver() throws IOException {
        String newer = "{\"format\":3,\"generation\":\"g\"}\n" + line("a", "01", "9") + "\n{\"profile\":1}\n";
        Files.writeString(file(), newer);
        ResultsStore store = store();
        LoadOutcome outcome = store.load();
        assertTrue(outcome.problem().contains("newer version of Body Map"), outcome.problem());
        assertTrue(outcome.problem().contains("shows the 1 runs it can read"), outcome.problem());
        assertEquals(List.of("a"), ids(outcome.runs()));
        assertEquals(StoreFailure.NEWER_VERSION, outcome.readOnly());
        assertNull(outcome.movedTo());
        StoreException e = assertThrows(StoreException.class, () -> store.saveRun(run("b", 2)));
        assertEquals(StoreFailure.NEWER_VERSION, e.reason());
        assertEquals(file(), e.path());
        assertTrue(e.getMessage().contains(file().toString()), e.getMessage());
        assertEquals(newer, Files.readString(file()));
    }

    @Test
    void aOneDocumentFileWithANewerFormatNumberIsReadOnlyToo() throws IOException {
        String newer = "{\n  \"format\" : 2,\n  \"runs\" : [ ],\n  \"profiles\" : [ ]\n}";
        Files.writeString(file(), newer);
        ResultsStore store = store();
        assertEquals(StoreFailure.NEWER_VERSION, store.load().readOnly());
        assertThrows(StoreException.class, () -> store.saveRun(run("a", 1)));
        assertEquals(newer, Files.readString(file()));
    }

    @Test
    void anUnreadableFileIsReportedAsUnreadableAndLeftWhereItIs() throws IOException, StoreException {
        store().saveRun(run("a", 1));
        byte[] before = Files.readAllBytes(file());
        FileReads refused = f -> {
            throw new AccessDeniedException(f.toString());
        };
        ResultsStore store = new ResultsStore(dir, new AtomicFileWriter(), clock, RunCheck.none(), 500, refused);
        LoadOutcome outcome = store.load();
        assertEquals(StoreFailure.PERMISSION_DENIED, outcome.readOnly());
        assertNull(outcome.movedTo());
        assertTrue(outcome.problem().contains("could not read"), outcome.problem());
        assertTrue(outcome.problem().contains("Reason: permission denied."), outcome.problem());
        assertTrue(outcome.problem().contains("\n" + file() + "\n"), "the path on its own line: " + outcome.problem());
        assertFalse(outcome.problem().contains("damaged"), outcome.problem());
        StoreException e = assertThrows(StoreException.class, () -> store.saveRun(run("b", 2)));
        assertEquals(StoreFailure.PERMISSION_DENIED, e.reason());
        assertArrayEquals(before, Files.readAllBytes(file()));
        try (Stream<Path> files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().contains("damaged")));
        }
    }

    /** The same with a real file the system refuses to open; root reads anything, so it runs only as another user. */
    @Test
    void aFileWithoutReadPermissionIsLeftWhereItIs() throws IOException, StoreException {
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "root may read any file, so this cannot be set up as root");
        store().saveRun(run("a", 1));
        Files.setPosixFilePermissions(file(), java.nio.file.attribute.PosixFilePermissions.fromString("-w-------"));
        try {
            ResultsStore store = store();
            LoadOutcome outcome = store.load();
            assertEquals(StoreFailure.PERMISSION_DENIED, outcome.readOnly());
            assertNull(outcome.movedTo());
            assertThrows(StoreException.class, () -> store.saveRun(run("b", 2)));
            assertTrue(Files.exists(file()));
        } finally {
            Files.setPosixFilePermissions(file(), java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        }
        assertEquals(List.of("a"), ids(store().load().runs()));
    }

    @Test
    void aFolderWhereTheFileShouldBeIsNotAFileAndIsLeftAlone() throws IOException {
        Files.createDirectories(file());
        ResultsStore store = store();
        assertEquals(StoreFailure.NOT_A_FILE, store.load().readOnly());
        assertTrue(Files.isDirectory(file()));
        assertEquals(StoreFailure.NOT_A_FILE, assertThrows(StoreException.class, () -> store.saveRun(run("a", 1))).reason());
    }

    @Test
    void aFileWhereTheDataFolderShouldBeIsNotAFolder() throws IOException {
        Path notAFolder = dir.resolve("data");
        Files.writeString(notAFolder, "x");
        ResultsStore store = new ResultsStore(notAFolder, new AtomicFileWriter(), clock);
        StoreException e = assertThrows(StoreException.class, () -> store.saveRun(run("a", 1)));
        assertEquals(StoreFailure.NOT_A_FOLDER, e.reason());
        assertEquals("x", Files.readString(notAFolder));

        ResultsStore below = new ResultsStore(notAFolder.resolve("deeper"), new AtomicFileWriter(), clock);
        assertEquals(StoreFailure.NOT_A_FOLDER, assertThrows(StoreException.class, () -> below.saveRun(run("a", 1))).reason());
    }

    @Test
    void aFullDiskIsNamedAsSuchWithThePathAndTheEarlierRunsStay() throws StoreException, IOException {
        store().saveRun(run("a", 1));
        long size = Files.size(file());
        ResultsStore failing = new ResultsStore(dir, new AtomicFileWriter(out -> new FailingStream(out, 40)), clock);

        StoreException e = assertThrows(StoreException.class, () -> failing.saveRun(run("b", 2)));
        assertEquals(StoreFailure.NO_SPACE, e.reason());
        assertEquals(file(), e.path());
        assertTrue(e.getMessage().contains("\n" + file() + "\n"), e.getMessage());
        assertTrue(e.getMessage().contains("Reason: there is no space left on the disk."), e.getMessage());
        assertTrue(e.getMessage().contains("earlier results are unchanged"), e.getMessage());
        assertEquals(size, Files.size(file()), "the half-written line is cut away");
        assertEquals(List.of(run("a", 1)), store().load().runs());

        ResultsStore fresh = new ResultsStore(dir.resolve("new"), new AtomicFileWriter(out -> new FailingStream(out, 10)), clock);
        assertEquals(StoreFailure.NO_SPACE, assertThrows(StoreException.class, () -> fresh.saveRun(run("a", 1))).reason());
        assertFalse(Files.exists(dir.resolve("new").resolve("results.json")));
    }

    @Test
    void aLineCutOffByAKillIsDroppedAndTheNextSaveReplacesIt() throws StoreException, IOException {
        store().saveRun(run("a", 1));
        Files.writeString(file(), "{\"run\":{\"id\":\"b\",\"takenAt\":\"2025-03-0", java.nio.file.StandardOpenOption.APPEND);
        ResultsStore store = store();
        LoadOutcome outcome = store.load();
        assertNull(outcome.problem());
        assertEquals(List.of("a"), ids(outcome.runs()));
        assertEquals(List.of(), outcome.damaged(), "a write that was cut off is not a damaged run");
        store.saveRun(run("c", 3));
        List<String> lines = Files.readAllLines(file());
        assertEquals(3, lines.size(), String.join("\n", lines));
        assertEquals(List.of("a", "c"), ids(store().load().runs()));
    }

    @Test
    void aWholeLastLineWithoutItsNewlineIsKept() throws StoreException, IOException {
        store().saveRun(run("a", 1));
        Files.writeString(file(), line("b", "02", "9"), java.nio.file.StandardOpenOption.APPEND);
        ResultsStore store = store();
        assertEquals(List.of("a", "b"), ids(store.load().runs()));
        store.saveRun(run("c", 3));
        assertEquals(List.of("a", "b", "c"), ids(store().load().runs()));
    }

    @Test
    void temporaryFilesFromAKilledSaveAreClearedAtTheNextStart() throws StoreException, IOException {
        store().saveRun(run("a", 1));
        Path leftover = dir.resolve(".results.json-" + UUID.randomUUID() + ".part");
        Path backupLeftover = dir.resolve(".results.json.bak-" + UUID.randomUUID() + ".part");
        Path notOurs = dir.resolve(".results.json-notes.part");
        Path other = dir.resolve("my-notes.txt");
        for (Path p : List.of(leftover, backupLeftover, notOurs, other)) {
            Files.writeString(p, "half a save");
        }
        assertEquals(List.of("a"), ids(store().load().runs()));
        assertFalse(Files.exists(leftover));
        assertFalse(Files.exists(backupLeftover));
        assertTrue(Files.exists(notOurs), "only names the writer makes are removed");
        assertTrue(Files.exists(other));
    }

    @Test
    void theFileIsReadableJsonWithIsoDates() throws StoreException, IOException {
        store().saveRun(run("a", 1));
        String json = Files.readString(file());
        assertTrue(json.contains("\"takenAt\":\"2025-03-01T08:30:00\""), json);
        assertTrue(json.startsWith("{\"format\":2,"), json);
    }
}

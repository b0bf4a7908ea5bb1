package com.bodymap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.files.AtomicFileWriter;
import com.bodymap.model.check.ComparisonRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backup and the runs of a damaged file: issue 13, defect 1 (a second save copied a one-run
 * file over the 50-run backup) and "a damaged file's runs can be restored from the app".
 */
class BackupAndRecoveryTest {
    @TempDir
    Path dir;

    private Clock clock = Clock.fixed(LocalDateTime.of(2025, 4, 2, 13, 45, 7).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    /** A new store is a new session of the app. */
    private ResultsStore session() {
        clock = Clock.offset(clock, Duration.ofSeconds(1));
        return new ResultsStore(dir, new AtomicFileWriter(), clock);
    }

    private Path file() {
        return dir.resolve("results.json");
    }

    private Path backup() {
        return dir.resolve("results.json.bak");
    }

    private static ComparisonRun run(int n) {
        return ResultsStoreTest.run("run-" + n, 1 + n % 28);
    }

    private Set<String> keysIn(Path file) throws IOException {
        return Salvage.read(file, new RunReader(RunCheck.none())).runs().keySet();
    }

    private void fiftyRunsWithABackup() throws StoreException {
        ResultsStore first = session();
        for (int i = 1; i <= 49; i++) {
            first.saveRun(run(i));
        }
        session().saveRun(run(50)); // a later session: the backup now holds runs 1 to 49
    }

    @Test
    void theBackupIsNeverReplacedByAFileThatLacksItsRuns() throws StoreException, IOException {
        fiftyRunsWithABackup();
        assertEquals(49, keysIn(backup()).size());
        Files.writeString(file(), "\u0000\u0000 damaged by a crash of the disk");

        ResultsStore afterDamage = session();
        assertTrue(afterDamage.load().movedTo().getFileName().toString().startsWith("results.json.damaged-"));
        afterDamage.saveRun(run(100));
        afterDamage.saveRun(run(101));
        session().saveRun(run(102));
        session().saveRun(run(103));

        assertEquals(49, keysIn(backup()).size(), "the backup still holds every earlier run");
        Recovery offered = session().recoverable();
        assertEquals(49, offered.runs().size());
        assertEquals(List.of(backup()), offered.sources());
    }

    @Test
    void aDamagedFilesRunsAndTheBackupsAreRestoredFromTheApp() throws StoreException, IOException {
        fiftyRunsWithABackup();
        // Damage only the first line: the runs below it can still be read.
        List<String> lines = Files.readAllLines(file());
        lines.set(0, "{\"format\":2,\"gener");
        Files.write(file(), lines);

        ResultsStore store = session();
        assertTrue(store.load().problem().contains("offers to restore"));
        store.saveRun(run(200));
        Recovery offered = store.recoverable();
        assertEquals(50, offered.runs().size(), "49 from the backup and run 50 from the damaged file");
        assertEquals(2, offered.sources().size());

        assertEquals(50, store.restore(offered));
        Set<String> ids = session().load().runs().stream().map(ComparisonRun::id).collect(Collectors.toSet());
        assertEquals(51, ids.size());
        assertTrue(ids.contains("run-1") && ids.contains("run-50") && ids.contains("run-200"));
        assertTrue(session().recoverable().isEmpty(), "nothing is offered twice");

        session().saveRun(run(201));
        assertEquals(51, keysIn(backup()).size(), "with every run back, the backup is refreshed again");
    }

    @Test
    void restoredRunsKeepTheirTextAndFields() throws StoreException, IOException {
        Files.writeString(backup(), "{\"format\":2,\"generation\":\"old\"}\n"
                + "{\"run\":{\"id\":\"kept\",\"takenAt\":\"2025-01-01T10:00:00\",\"results\":[],\"notes\":\"n\","
                + "\"mood\":\"fine\"}}\n");
        ResultsStore store = session();
        store.saveRun(run(1));
        assertEquals(1, store.restore(store.recoverable()));
        assertTrue(Files.readString(file()).contains("\"mood\":\"fine\""));
    }

    @Test
    void runsTheUserDiscardsAreNotOfferedAgainAndTheBackupMayThenBeReplaced() throws StoreException, IOException {
        fiftyRunsWithABackup();
        Files.delete(file());
        ResultsStore store = session();
        store.saveRun(run(300));
        Recovery offered = store.recoverable();
        assertEquals(49, offered.runs().size());

        store.discard(offered);
        assertTrue(session().recoverable().isEmpty());
        session().saveRun(run(301));
        assertEquals(Set.of("run-300"), keysIn(backup()), "the backup is the file as the session found it");
    }

    @Test
    void aRunTheUserDeletedIsNeitherOfferedNorDoesItKeepTheOldBackup() throws StoreException, IOException {
        fiftyRunsWithABackup();
        session().delete("run-7");
        assertFalse(session().recoverable().runs().stream().anyMatch(r -> r.key().equals("run-7")));
        session().saveRun(run(51));
        assertFalse(keysIn(backup()).contains("run-7"), "the user chose to delete it, so the backup follows");
    }

    @Test
    void aDamagedFormatOneFileGivesBackTheRunsBeforeTheBreak() throws StoreException, IOException {
        FormatOneFiles.write(file(), List.of(run(1), run(2), run(3)));
        String text = Files.readString(file());
        Files.writeString(file(), text.substring(0, text.lastIndexOf("\"id\"") + 3));

        ResultsStore store = session();
        assertTrue(store.load().movedTo() != null);
        Recovery offered = store.recoverable();
        assertEquals(List.of("run-1", "run-2"), offered.runs().stream().map(StoredRun::key).toList());
        assertEquals(2, store.restore(offered));
        assertEquals(2, session().load().runs().size());
    }

    @Test
    void aRunWithABadValueComesBackAsItWasAndIsShownDamaged() throws StoreException, IOException {
        Files.writeString(file(), "\u0000broken header\n"
                + "{\"run\":{\"id\":\"odd\",\"takenAt\":\"2025-01-01T10:00:00\",\"results\":[{\"checkId\":\"knee-to-wall\","
                + "\"left\":1e999,\"right\":7}],\"notes\":\"\"}}\n"
                + "not even JSON\n");
        ResultsStore store = session();
        Recovery offered = store.recoverable();
        assertEquals(1, offered.runs().size());
        assertEquals(2, offered.unreadable(), "the broken header and the line that is not JSON stay where they are");
        assertEquals(1, store.restore(offered));
        assertTrue(Files.readString(file()).contains("\"left\":1e999"), "its text exactly as it was");
        assertEquals("odd", session().load().damaged().get(0).key());
    }
}

package com.bodymap.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RollingLogHandlerTest {
    @TempDir
    Path dir;

    @Test
    void theLogLivesInTheDataFoldersLogsFolder() {
        assertEquals(dir.resolve("logs").resolve("body-map.log"), LogFile.in(dir));
    }

    @Test
    void rollsOverAtTheLimitAndKeepsOnlyTheNewestFiles() throws Exception {
        Path file = LogFile.in(dir);
        RollingLogHandler handler = new RollingLogHandler(file, 200, 2);
        handler.setFormatter(new LineFormatter());
        for (int i = 0; i < 20; i++) {
            handler.publish(new LogRecord(Level.INFO, "line number " + i + " with some words to fill it up"));
        }
        handler.close();
        assertTrue(Files.size(file) <= 200, "the current file stays under the limit");
        assertTrue(Files.readString(file).contains("line number 19"), "the newest line is in the current file");
        assertTrue(Files.exists(Path.of(file + ".1")));
        assertTrue(Files.exists(Path.of(file + ".2")));
        assertFalse(Files.exists(Path.of(file + ".3")), "only two old files are kept");
        assertFalse(Files.readString(Path.of(file + ".2")).contains("line number 0 "), "the oldest lines were dropped");
    }

    @Test
    void appendsToTheLogOfAnEarlierRun() throws Exception {
        Path file = LogFile.in(dir);
        for (String run : new String[] {"first run", "second run"}) {
            RollingLogHandler handler = new RollingLogHandler(file, 10_000, 2);
            handler.setFormatter(new LineFormatter());
            handler.publish(new LogRecord(Level.INFO, run));
            handler.close();
        }
        String text = Files.readString(file);
        assertTrue(text.contains("first run") && text.contains("second run"), text);
    }

    @Test
    void aRecordIsOneLineWithTimeLevelAndLoggerThenItsStackTrace() {
        LogRecord r = new LogRecord(Level.SEVERE, "it broke");
        r.setLoggerName("com.bodymap.test");
        r.setThrown(new IllegalStateException("why"));
        String text = new LineFormatter().format(r);
        String first = text.lines().findFirst().orElseThrow();
        assertTrue(first.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} SEVERE com.bodymap.test: it broke"), first);
        assertTrue(text.contains("java.lang.IllegalStateException: why"), text);
    }
}

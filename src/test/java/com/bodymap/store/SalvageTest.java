package com.bodymap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bodymap.files.AtomicFileWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SalvageTest {
    @TempDir
    Path dir;

    private Set<String> fullRead(Path file) throws IOException {
        return Salvage.read(file, new RunReader(RunCheck.none())).runs().keySet();
    }

    @Test
    void theQuickKeyScanFindsWhatTheFullReadFinds() throws IOException {
        Path journal = dir.resolve("journal");
        Files.writeString(journal, "{\"format\":2,\"generation\":\"g\"}\n"
                + "{\"run\":{\"id\":\"a\",\"takenAt\":\"2025-01-01T10:00:00\",\"results\":[{\"checkId\":\"x\",\"id\":\"not-a-run\"}]}}\n"
                + "{\"run\":{\"profile\":{\"id\":\"nested\"},\"takenAt\":\"2025-01-01T10:00:00\"}}\n"
                + "{\"run\":{\"id\":\"b\",\"takenAt\":\"2025-01-02T10:00:00\",\"results\":[{\"checkId\":\"x\",\"left\":NaN}]}}\n"
                + "{\"deleted\":\"a\"}\n"
                + "not JSON\n"
                + "{\"run\":{\"id\":\"c\",\"takenAt\":\"2025-01-03T10:00:00\"}}\n");
        assertEquals(fullRead(journal), Salvage.keys(journal));
        assertEquals(3, Salvage.keys(journal).size(), "b, c and the run without an id");

        Path formatOne = dir.resolve("format-one");
        FormatOneFiles.write(formatOne, List.of(ResultsStoreTest.run("p", 1), ResultsStoreTest.run("q", 2)));
        assertEquals(Set.of("p", "q"), Salvage.keys(formatOne));
    }

    @Test
    void aFolderWhereTheBackupGoesDoesNotStopASave() throws IOException, StoreException {
        new ResultsStore(dir, new AtomicFileWriter(), Clock.systemUTC()).saveRun(ResultsStoreTest.run("a", 1));
        Files.createDirectory(dir.resolve("results.json.bak"));
        new ResultsStore(dir, new AtomicFileWriter(), Clock.systemUTC()).saveRun(ResultsStoreTest.run("b", 2));
        assertEquals(2, new ResultsStore(dir, new AtomicFileWriter(), Clock.systemUTC()).load().runs().size());
    }
}

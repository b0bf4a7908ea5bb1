package com.bodymap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.bodymap.files.AtomicFileWriter;
import com.bodymap.model.check.ComparisonRun;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a saving process with SIGKILL at random moments, again and again, on one data folder that
 * starts as a format-1 file (so the first life migrates it). After every kill the file must open
 * without a problem, hold every run the child reported saved and none it reported deleted, and
 * have no temporary file left once opened. Every fifth round two children save at once, as two app
 * windows would. {@code -Dbodymap.kill.kills=N} runs longer (default 100 kills).
 */
class StoreKillTest {
    private static final int KILLS = Integer.getInteger("bodymap.kill.kills", 100);

    @TempDir
    Path dir;

    private final Random random = new Random();
    private final Set<String> saved = new HashSet<>();
    private final Set<String> deleted = new HashSet<>();
    /** Runs whose deletion was under way at a kill: either outcome is right. */
    private final Set<String> deleting = new HashSet<>();

    @Test
    void everyRunReportedSavedSurvivesEveryKill() throws Exception {
        List<ComparisonRun> before = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            before.add(ResultsStoreTest.run("format-one-" + i, 1 + i));
        }
        FormatOneFiles.write(dir.resolve("results.json"), before);
        before.forEach(r -> saved.add(r.id()));

        int kills = 0;
        int tornTails = 0;
        int temporaryLeft = 0;
        long runsChecked = 0;
        long started = System.nanoTime();
        int round = 0;
        while (kills < KILLS) {
            round++;
            int children = round % 5 == 0 ? 2 : 1;
            List<Child> running = new ArrayList<>();
            for (int c = 0; c < children; c++) {
                running.add(new Child(start()));
            }
            // Mostly while saving; now and then while the child is still opening the file.
            boolean early = random.nextInt(10) == 0;
            for (Child child : running) {
                if (!early) {
                    child.awaitReady();
                }
            }
            Thread.sleep(early ? random.nextInt(400) : random.nextInt(150));
            for (Child child : running) {
                // SIGKILL through the handle: Process.destroyForcibly would also close our end of the
                // child's output, losing the reports it printed just before the kill.
                child.process.toHandle().destroyForcibly();
            }
            for (Child child : running) {
                assertTrue(child.process.waitFor(30, TimeUnit.SECONDS), "the child died of its SIGKILL");
                kills++;
                child.collect();
            }
            tornTails += endsWithATornLine() ? 1 : 0;
            temporaryLeft += temporaryFiles().isEmpty() ? 0 : 1;
            runsChecked += check(round);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Kill test: %d kills in %d rounds, %d runs reported saved, %d reported deleted, "
                        + "%d checks of the whole file (%d runs checked), %d times a line was cut off, %d times a temporary file "
                        + "was left (each cleared on opening), %.1f s%n",
                kills, round, saved.size() + deleted.size() + deleting.size() - 20, deleted.size(), round, runsChecked,
                tornTails, temporaryLeft, seconds);
        assertTrue(saved.size() > 20, "the children saved something");
    }

    /** Opens the folder as the app would after the kill and checks every run reported; keeps the folder if not. */
    private long check(int round) throws IOException {
        try {
            return checkOnce(round);
        } catch (AssertionError e) {
            Path kept = Path.of("target", "kill-test-failure");
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.toList()) {
                    Path to = kept.resolve(dir.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(p, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            throw new AssertionError(e.getMessage() + " (the folder is kept in " + kept.toAbsolutePath() + ")", e);
        }
    }

    private long checkOnce(int round) throws IOException {
        ResultsStore store = new ResultsStore(dir, new AtomicFileWriter(), Clock.systemDefaultZone());
        LoadOutcome outcome = store.load();
        assertNull(outcome.problem(), "round " + round + ": " + outcome.problem());
        assertEquals(List.of(), outcome.damaged(), "round " + round);
        Set<String> ids = outcome.runs().stream().map(ComparisonRun::id).collect(Collectors.toSet());
        assertEquals(outcome.runs().size(), ids.size(), "round " + round + ": a run twice");
        for (String id : saved) {
            if (!ids.contains(id)) {
                fail("round " + round + ": run " + id + " was reported saved and is missing");
            }
        }
        for (String id : deleted) {
            assertFalse(ids.contains(id), "round " + round + ": run " + id + " was reported deleted and is back");
        }
        assertEquals(List.of(), temporaryFiles(), "round " + round + ": temporary files left after opening");
        return saved.size();
    }

    private List<String> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".part")).toList();
        }
    }

    private boolean endsWithATornLine() throws IOException {
        byte[] bytes = Files.readAllBytes(dir.resolve("results.json"));
        boolean journal = new String(bytes, 0, Math.min(12, bytes.length), StandardCharsets.UTF_8).startsWith("{\"format\":2");
        return journal && bytes[bytes.length - 1] != '\n';
    }

    private Process start() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Only what the store needs, so each child starts quickly.
        String classpath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(p -> p.contains("jackson") || p.endsWith("classes") || p.endsWith("classes/"))
                .collect(Collectors.joining(File.pathSeparator));
        return new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx64m",
                "-cp", classpath, StoreKillChild.class.getName(), dir.toString(), "7")
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    /** One child process and what it printed. */
    private final class Child {
        final Process process;
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        final Thread reader;

        Child(Process process) {
            this.process = process;
            reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    // The pipe closes with the kill.
                }
                lines.add("<end>");
            });
            reader.start();
        }

        void awaitReady() throws InterruptedException {
            String first = lines.poll(60, TimeUnit.SECONDS);
            if (!"ready".equals(first)) {
                fail("the child did not start within 60 s: " + first);
            }
        }

        /** Takes in every line printed before the kill: each "saved" and "deleted" report. */
        void collect() throws InterruptedException {
            reader.join(60_000);
            if (reader.isAlive()) {
                fail("the child's output did not end within 60 s of the kill");
            }
            for (String line : lines) {
                if (line.startsWith("saved ")) {
                    saved.add(line.substring(6));
                } else if (line.startsWith("deleting ")) {
                    saved.remove(line.substring(9));
                    deleting.add(line.substring(9));
                } else if (line.startsWith("deleted ")) {
                    deleting.remove(line.substring(8));
                    deleted.add(line.substring(8));
                }
            }
        }
    }
}

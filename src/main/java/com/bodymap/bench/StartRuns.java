package com.bodymap.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts programs as separate processes, the way a user would, and times each from the moment
 * the process is started to its main window's first frame (reported by {@link FirstFrameProbe}),
 * then reads its peak resident memory. Runs are interleaved so a busy moment on the machine
 * falls on every program alike.
 */
final class StartRuns {
    static final long SETTLE_MILLIS = 1500;

    /** One way of starting a program. */
    record Starter(String label, List<String> command) {
    }

    /** What one program's runs measured. */
    record Result(Starter starter, List<Long> firstFrameMillis, List<Long> cpuMillis, List<Long> peakRssKb, List<String> failures) {
    }

    private final Path dataDir;

    StartRuns(Path dataDir) {
        this.dataDir = dataDir;
    }

    Map<Starter, Result> run(List<Starter> starters, int runs) {
        Map<Starter, Result> results = new LinkedHashMap<>();
        starters.forEach(s -> results.put(s, new Result(s, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>())));
        for (int i = 0; i < runs; i++) {
            for (Starter s : starters) {
                Result r = results.get(s);
                try {
                    long[] m = once(s);
                    r.firstFrameMillis().add(m[0]);
                    if (m[1] > 0) {
                        r.peakRssKb().add(m[1]);
                    }
                    if (m[2] >= 0) {
                        r.cpuMillis().add(m[2]);
                    }
                } catch (IOException | RuntimeException e) {
                    r.failures().add(e.getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return results;
                }
                System.err.printf("  start run %d/%d: %s%n", i + 1, runs, s.label());
            }
        }
        return results;
    }

    private long[] once(Starter s) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(s.command());
        pb.environment().put("BODYMAP_DATA_DIR", dataDir.toString());
        // Painting on the JavaFX thread makes "first frame" mean painted, not just handed to the renderer.
        pb.environment().put("JAVA_TOOL_OPTIONS",
                "-D" + FirstFrameProbe.PROPERTY + "=" + SETTLE_MILLIS + " -Dquantum.multithreaded=false");
        Path errors = Files.createTempFile("bodymap-bench", ".err");
        pb.redirectError(errors.toFile());
        long started = System.currentTimeMillis();
        Process p = pb.start();
        Thread watchdog = new Thread(() -> {
            try {
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
            }
        }, "bench-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        long frame = -1;
        long rss = -1;
        long cpu = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(FirstFrameProbe.FRAME)) {
                    frame = Long.parseLong(line.substring(FirstFrameProbe.FRAME.length()).trim()) - started;
                } else if (line.startsWith(FirstFrameProbe.CPU)) {
                    cpu = Long.parseLong(line.substring(FirstFrameProbe.CPU.length()).trim());
                } else if (line.startsWith(FirstFrameProbe.RSS)) {
                    rss = Long.parseLong(line.substring(FirstFrameProbe.RSS.length()).trim());
                }
            }
        } finally {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        String err = Files.readString(errors);
        Files.deleteIfExists(errors);
        if (frame < 0) {
            throw new IOException(s.label() + " showed no frame (exit " + p.exitValue() + "): "
                    + err.substring(Math.max(0, err.length() - 600)));
        }
        return new long[] {frame, rss, cpu};
    }
}

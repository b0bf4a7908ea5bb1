package com.bodymap.log;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.logging.ErrorManager;
import java.util.logging.LogRecord;
import java.util.logging.StreamHandler;

/**
 * A log file that rolls over by size: when {@code body-map.log} passes the limit it becomes
 * {@code body-map.log.1} (the older ones move up, the oldest is dropped) and a new file starts.
 * Unlike java.util.logging's FileHandler, the current file keeps one plain name and no lock files
 * are left behind, so "where is the log" has one answer.
 */
public final class RollingLogHandler extends StreamHandler {
    private final Path file;
    private final long limitBytes;
    private final int keep;
    private long written;

    public RollingLogHandler(Path file, long limitBytes, int keep) throws IOException {
        this.file = file;
        this.limitBytes = limitBytes;
        this.keep = keep;
        Files.createDirectories(file.getParent());
        setEncoding("UTF-8");
        open();
    }

    private void open() throws IOException {
        written = Files.exists(file) ? Files.size(file) : 0;
        OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        setOutputStream(out);
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        String line;
        try {
            line = getFormatter().format(record);
        } catch (RuntimeException e) {
            reportError(null, e, ErrorManager.FORMAT_FAILURE);
            return;
        }
        if (written > 0 && written + line.length() > limitBytes) {
            roll();
        }
        super.publish(record);
        flush();
        written += line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    private void roll() {
        close();
        try {
            for (int i = keep - 1; i >= 1; i--) {
                Path older = Path.of(file + "." + i);
                if (Files.exists(older)) {
                    Files.move(older, Path.of(file + "." + (i + 1)), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            if (keep >= 1) {
                Files.move(file, Path.of(file + ".1"), StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(Path.of(file + "." + (keep + 1)));
            open();
        } catch (IOException e) {
            reportError("cannot roll the log " + file, e, ErrorManager.OPEN_FAILURE);
        }
    }
}

package com.bodymap.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Reads a file line by line from a byte offset, giving each line's position and bytes. A line
 * longer than {@link #MAX_LINE} is reported without its bytes, so a hostile or broken file cannot
 * exhaust memory; the last line is reported as unterminated when no newline ends it.
 */
final class LineScanner {
    static final int MAX_LINE = 4 << 20;

    /** One line: where it starts, its length without the newline, its bytes (null if too long). */
    record Line(long offset, long length, byte[] bytes, boolean terminated) {
        long end() {
            return offset + length + (terminated ? 1 : 0);
        }
    }

    @FunctionalInterface
    interface Sink {
        void accept(Line line) throws IOException;
    }

    private LineScanner() {
    }

    static void scan(Path file, long from, Sink sink) throws IOException {
        scan(FileChannel.open(file, StandardOpenOption.READ), from, sink);
    }

    /** Reads from the channel's file and closes it. */
    static void scan(FileChannel channel, long from, Sink sink) throws IOException {
        try (channel) {
            channel.position(from);
            scan(Channels.newInputStream(channel), from, sink);
        }
    }

    static void scan(InputStream in, long from, Sink sink) throws IOException {
        byte[] chunk = new byte[1 << 16];
        byte[] line = new byte[512];
        int used = 0;
        long lineStart = from;
        long length = 0;
        boolean tooLong = false;
        long position = from;
        int n;
        while ((n = in.read(chunk)) > 0) {
            int start = 0;
            for (int i = 0; i < n; i++) {
                if (chunk[i] != '\n') {
                    continue;
                }
                int part = i - start;
                if (!tooLong && used + part > MAX_LINE) {
                    tooLong = true;
                }
                if (!tooLong) {
                    line = ensure(line, used + part);
                    System.arraycopy(chunk, start, line, used, part);
                    used += part;
                }
                length += part;
                sink.accept(new Line(lineStart, length, tooLong ? null : Arrays.copyOf(line, used), true));
                lineStart = position + i + 1;
                used = 0;
                length = 0;
                tooLong = false;
                start = i + 1;
            }
            int part = n - start;
            if (!tooLong && used + part > MAX_LINE) {
                tooLong = true;
            }
            if (!tooLong) {
                line = ensure(line, used + part);
                System.arraycopy(chunk, start, line, used, part);
                used += part;
            }
            length += part;
            position += n;
        }
        if (length > 0) {
            sink.accept(new Line(lineStart, length, tooLong ? null : Arrays.copyOf(line, used), false));
        }
    }

    private static byte[] ensure(byte[] buffer, int size) {
        return size <= buffer.length ? buffer : Arrays.copyOf(buffer, Math.max(size, buffer.length * 2));
    }
}

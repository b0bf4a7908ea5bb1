package com.bodymap.store;

import com.bodymap.files.AtomicFileWriter;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The results file in memory and the few ways it changes on disk. From format 2 the file is a
 * journal: a header line, then one JSON object per line, each a saved run ({@code {"run":{...}}})
 * or a deletion ({@code {"deleted":"id"}}); a save appends one line. Replaying the lines gives the
 * runs, merged by id. A journal with many superseded lines is compacted: rewritten whole, through
 * a temporary file, with every live line copied byte for byte. Not thread-safe: the store calls it
 * under its own lock and the folder lock.
 */
final class Journal {
    static final int FORMAT = 2;
    private static final int MAX_HEADER = 64 * 1024;

    /** What the file on disk is. */
    enum Kind { MISSING, JOURNAL, LEGACY, NEWER, DAMAGED }

    /** A live run, and where its line lies in the file (offset -1 for runs read from a format-1 file). */
    record Entry(StoredRun run, long offset, long length) {
    }

    private final Path file;
    private final RunReader reader;
    private final AtomicFileWriter writer;
    private final FileReads reads;

    private Kind kind = Kind.MISSING;
    private String damage;
    private int format;
    private ObjectNode header;
    private String generation;
    /** End of the last line that belongs to the journal; anything after it is a torn write. */
    private long validLength;
    /** The last line was read whole but lacks its newline; the next append adds it first. */
    private boolean needsNewline;
    /** The file's length when last read, torn tail included. */
    private long seenLength;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Set<String> tombstones = new LinkedHashSet<>();
    private final List<long[]> otherLines = new ArrayList<>();
    private int deadLines;
    private LegacyResults.Parsed legacy;
    private long changes;
    /** Keys added, replaced or removed since {@link #drainTouched} was last called; null after a full read. */
    private Set<String> touched;

    Journal(Path file, RunReader reader, AtomicFileWriter writer, FileReads reads) {
        this.file = file;
        this.reader = reader;
        this.writer = writer;
        this.reads = reads;
    }

    Kind kind() {
        return kind;
    }

    /** Why the file is damaged (kind DAMAGED), in plain words. */
    String damage() {
        return damage;
    }

    int format() {
        return format;
    }

    /**
     * The keys whose run changed since the last call, or null when the whole file was read again
     * (then everything may have changed). Lets the history update itself without a full rebuild.
     */
    Set<String> drainTouched() {
        Set<String> keys = touched;
        touched = new LinkedHashSet<>();
        return keys;
    }

    /** The run with this key now, or null. */
    StoredRun run(String key) {
        Entry e = entries.get(key);
        return e == null ? null : e.run();
    }

    /** Counts every change seen, so a caller can tell whether a sync brought anything new. */
    long changes() {
        return changes;
    }

    List<StoredRun> runs() {
        return entries.values().stream().map(Entry::run).toList();
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    boolean deleted(String key) {
        return tombstones.contains(key);
    }

    int deadLines() {
        return deadLines;
    }

    int liveLines() {
        return entries.size();
    }

    /** Bytes of the file that hold whole lines. */
    long validLength() {
        return validLength;
    }

    /** Brings the memory in step with the file: reads only what was appended since, when it can. */
    void sync() throws IOException {
        if (kind == Kind.JOURNAL && Files.isRegularFile(file)) {
            long size = Files.size(file);
            if (size == seenLength && size >= validLength && sameGeneration()) {
                return;
            }
            if (size >= validLength && sameGeneration()) {
                scanFrom(validLength);
                return;
            }
        }
        reload();
    }

    /** Reads the whole file again. Throws when it cannot be read at all (permission, not a file). */
    void reload() throws IOException {
        clear();
        if (!Files.exists(file)) {
            kind = Kind.MISSING;
            return;
        }
        if (!Files.isRegularFile(file)) {
            // A folder, a pipe or a device: reading a pipe would wait forever.
            throw new FileSystemException(file.toString(), null, "is not a regular file");
        }
        JsonNode first = firstLine();
        if (first != null && first.isObject() && first.path("format").isInt() && first.get("format").asInt() >= FORMAT) {
            header = (ObjectNode) first;
            format = first.get("format").asInt();
            generation = first.path("generation").asText("");
            kind = format > FORMAT ? Kind.NEWER : Kind.JOURNAL;
            scanFrom(-1);
            return;
        }
        try (InputStream in = Channels.newInputStream(reads.open(file))) {
            legacy = LegacyResults.read(in, reader, false);
        }
        format = legacy.format();
        if (!legacy.whole()) {
            kind = Kind.DAMAGED;
            damage = legacy.damage();
            return;
        }
        kind = legacy.format() > 1 ? Kind.NEWER : Kind.LEGACY;
        for (LegacyResults.Element e : legacy.elements()) {
            put(e.run(), -1, 0);
        }
        seenLength = Files.size(file);
    }

    /** Forgets the file, as after it was moved aside. */
    void forget() {
        clear();
        kind = Kind.MISSING;
    }

    private void clear() {
        kind = Kind.MISSING;
        damage = null;
        format = 0;
        header = null;
        generation = null;
        validLength = 0;
        needsNewline = false;
        seenLength = 0;
        entries.clear();
        tombstones.clear();
        otherLines.clear();
        deadLines = 0;
        legacy = null;
        changes++;
        touched = null;
    }

    /** Reads lines from {@code from}; -1 means from the start, with the header line skipped. */
    private void scanFrom(long from) throws IOException {
        boolean[] skipHeader = {from < 0};
        LineScanner.scan(reads.open(file), Math.max(0, from), line -> {
            if (skipHeader[0]) {
                skipHeader[0] = false;
                validLength = line.end();
                needsNewline = !line.terminated();
                return;
            }
            apply(line);
        });
        seenLength = Files.size(file);
        changes++;
    }

    private void apply(LineScanner.Line line) {
        if (line.bytes() != null && isBlank(line.bytes())) {
            if (line.terminated()) {
                validLength = line.end();
                needsNewline = false;
            }
            return;
        }
        RunReader.Line parsed = line.bytes() == null
                ? new RunReader.RunLine(StoredRun.damaged("line:long-" + line.offset(), null,
                        "its text is longer than any run Body Map writes"))
                : reader.line(line.bytes());
        boolean torn = !line.terminated() && parsed instanceof RunReader.RunLine r && r.run().isDamaged();
        if (torn) {
            // A write that was cut off: it was never reported saved, and the next append replaces it.
            return;
        }
        if (parsed instanceof RunReader.RunLine r) {
            put(r.run(), line.offset(), line.length());
        } else if (parsed instanceof RunReader.Deletion d) {
            touch(d.key());
            if (entries.remove(d.key()) != null || tombstones.contains(d.key())) {
                deadLines++;
            }
            tombstones.add(d.key());
        } else {
            otherLines.add(new long[] {line.offset(), line.length()});
        }
        validLength = line.end();
        needsNewline = !line.terminated();
    }

    private void put(StoredRun run, long offset, long length) {
        Entry previous = entries.get(run.key());
        if (previous != null && run.isDamaged() && !previous.run().isDamaged()) {
            // A damaged copy never hides a good one; its text is kept as it is.
            otherLines.add(new long[] {offset, length});
            return;
        }
        if (previous != null) {
            deadLines++;
        }
        entries.put(run.key(), new Entry(run, offset, length));
        touch(run.key());
        tombstones.remove(run.key());
    }

    private void touch(String key) {
        if (touched != null) {
            touched.add(key);
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private boolean sameGeneration() throws IOException {
        JsonNode first = firstLine();
        return first != null && generation != null && generation.equals(first.path("generation").asText(null));
    }

    /** The first line as JSON, or null when it is not one JSON value within the first 64 KB. */
    private JsonNode firstLine() throws IOException {
        byte[] start;
        try (FileChannel channel = reads.open(file)) {
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(MAX_HEADER, channel.size()));
            while (buffer.hasRemaining() && channel.read(buffer) > 0) {
                // fill
            }
            start = buffer.array();
        }
        int end = 0;
        while (end < start.length && start[end] != '\n') {
            end++;
        }
        try {
            return RunReader.MAPPER.readTree(start, 0, end);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    // --- Changes on disk. Each leaves the memory in step with the file. ---

    /** Appends lines (each a JSON object, no newline); creates the file when there is none. */
    void append(List<String> lines) throws IOException {
        StringBuilder text = new StringBuilder();
        lines.forEach(l -> text.append(l).append('\n'));
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        if (kind == Kind.MISSING) {
            byte[] head = (newHeader(null) + "\n").getBytes(StandardCharsets.UTF_8);
            writer.write(file, out -> {
                out.write(head);
                out.write(bytes);
            });
            reload();
            return;
        }
        requireJournal();
        writer.append(file, validLength, needsNewline, bytes);
        sync();
    }

    /** Rewrites the journal with only its live lines (and deletions, which are kept for good). */
    void compact() throws IOException {
        requireJournal();
        List<long[]> keep = new ArrayList<>();
        entries.values().forEach(e -> keep.add(new long[] {e.offset(), e.length()}));
        keep.addAll(otherLines);
        keep.sort(Comparator.comparingLong(a -> a[0]));
        byte[] head = (newHeader(header) + "\n").getBytes(StandardCharsets.UTF_8);
        List<String> deletions = tombstones.stream().map(Journal::deletionLine).toList();
        writer.write(file, out -> {
            out.write(head);
            copyLines(keep, out);
            for (String d : deletions) {
                out.write((d + "\n").getBytes(StandardCharsets.UTF_8));
            }
        });
        reload();
    }

    /** Turns a format-1 file into a journal holding every run's text as it was. */
    void migrate() throws IOException {
        if (kind != Kind.LEGACY) {
            throw new IllegalStateException("only a format-1 file is migrated");
        }
        LegacyResults.Parsed old = legacy;
        byte[] head = (newHeader(old.extras()) + "\n").getBytes(StandardCharsets.UTF_8);
        writer.write(file, out -> {
            out.write(head);
            try (FileChannel channel = reads.open(file)) {
                LegacyResults.writeAsLines(channel, old, out);
            }
        });
        reload();
    }

    /** Copies the file's whole lines to {@code target}, written whole or not at all. */
    void copyTo(Path target) throws IOException {
        long length = kind == Kind.JOURNAL ? validLength : Files.size(file);
        writer.write(target, out -> copyLines(List.<long[]>of(new long[] {0, length}), out, false));
    }

    private void copyLines(List<long[]> spans, OutputStream out) throws IOException {
        copyLines(spans, out, true);
    }

    private void copyLines(List<long[]> spans, OutputStream out, boolean newline) throws IOException {
        byte[] buffer = new byte[1 << 16];
        try (FileChannel channel = reads.open(file)) {
            for (long[] span : spans) {
                long at = span[0];
                long left = span[1];
                while (left > 0) {
                    ByteBuffer b = ByteBuffer.wrap(buffer, 0, (int) Math.min(buffer.length, left));
                    int n = channel.read(b, at);
                    if (n < 0) {
                        throw new IOException("the results file changed while it was being copied");
                    }
                    out.write(buffer, 0, n);
                    at += n;
                    left -= n;
                }
                if (newline) {
                    out.write('\n');
                }
            }
        }
    }

    private void requireJournal() throws IOException {
        if (kind != Kind.JOURNAL) {
            throw new IllegalStateException("the results file is not a journal: " + kind);
        }
    }

    /** A header: the format, a new generation (so other windows know to read afresh) and fields kept from before. */
    private static String newHeader(ObjectNode kept) {
        ObjectNode h = RunReader.MAPPER.createObjectNode();
        h.put("format", FORMAT);
        h.put("layout", "Body Map results: one JSON object per line, each a saved run or a deletion");
        h.put("generation", UUID.randomUUID().toString());
        if (kept != null) {
            kept.fields().forEachRemaining(f -> {
                if (!h.has(f.getKey())) {
                    h.set(f.getKey(), f.getValue());
                }
            });
        }
        return h.toString();
    }

    static String runLine(JsonNode run) {
        ObjectNode line = RunReader.MAPPER.createObjectNode();
        line.set("run", run);
        return line.toString();
    }

    static String deletionLine(String key) {
        ObjectNode line = RunReader.MAPPER.createObjectNode();
        line.put("deleted", key);
        return line.toString();
    }
}

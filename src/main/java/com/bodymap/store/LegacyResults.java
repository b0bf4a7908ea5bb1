package com.bodymap.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The results file as Body Map wrote it up to format 1: one JSON document,
 * {@code {"format": 1, "runs": [...]}}. Read as a stream, so a file cut short still gives the
 * runs before the cut (for recovery), and each run's exact bytes are located, so migrating to the
 * journal copies every run's text as it was, fields this version does not know included.
 */
final class LegacyResults {

    /** One element of "runs": where its text lies in the file, what it reads as, and its JSON if kept. */
    record Element(long start, long end, StoredRun run, String text) {
    }

    /**
     * @param format   the format number (0 when the file has none)
     * @param elements every run read, in file order
     * @param extras   top-level fields other than format and runs, kept on migration
     * @param damage   why the file is not whole, in plain words; null when it is
     */
    record Parsed(int format, List<Element> elements, ObjectNode extras, String damage) {
        boolean whole() {
            return damage == null;
        }
    }

    private LegacyResults() {
    }

    static Parsed read(Path file, RunReader reader, boolean keepText) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, reader, keepText);
        }
    }

    static Parsed read(InputStream in, RunReader reader, boolean keepText) throws IOException {
        List<Element> elements = new ArrayList<>();
        ObjectNode extras = RunReader.MAPPER.createObjectNode();
        int format = 0;
        boolean sawRuns = false;
        try (JsonParser p = RunReader.MAPPER.createParser(in)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return new Parsed(0, elements, extras, "it is empty");
            }
            if (first != JsonToken.START_OBJECT) {
                return new Parsed(0, elements, extras, "it is not laid out the way Body Map saves results");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("format".equals(name)) {
                    if (value != JsonToken.VALUE_NUMBER_INT) {
                        return new Parsed(0, elements, extras, "its format number is not a whole number");
                    }
                    format = p.getIntValue();
                } else if ("runs".equals(name)) {
                    if (value != JsonToken.START_ARRAY) {
                        return new Parsed(format, elements, extras, "its list of runs is not a list");
                    }
                    sawRuns = true;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        long start = p.currentTokenLocation().getByteOffset();
                        JsonNode node = p.readValueAsTree();
                        long end = p.currentLocation().getByteOffset();
                        elements.add(new Element(start, end, reader.run(node), keepText ? node.toString() : null));
                    }
                } else {
                    extras.set(name, p.readValueAsTree());
                }
            }
        } catch (JsonProcessingException e) {
            return new Parsed(format, elements, extras, problem(e));
        }
        return new Parsed(format, elements, extras, sawRuns ? null : "it has no list of runs");
    }

    /**
     * Writes each run as one journal line, {@code {"run":...}}, with the run's own text minus the
     * line breaks and indentation between its tokens.
     */
    static void writeAsLines(FileChannel channel, Parsed parsed, OutputStream out) throws IOException {
        byte[] prefix = "{\"run\":".getBytes(StandardCharsets.US_ASCII);
        for (Element e : parsed.elements()) {
            byte[] raw = new byte[Math.toIntExact(e.end() - e.start())];
            ByteBuffer buffer = ByteBuffer.wrap(raw);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, e.start() + buffer.position()) < 0) {
                    throw new IOException("the file changed while it was being copied");
                }
            }
            out.write(prefix);
            out.write(minify(raw));
            out.write('}');
            out.write('\n');
        }
    }

    /** Drops whitespace between JSON tokens, leaving strings, numbers and names byte for byte. */
    static byte[] minify(byte[] json) {
        byte[] out = new byte[json.length];
        int n = 0;
        boolean inString = false;
        boolean escaped = false;
        for (byte b : json) {
            if (inString) {
                out[n++] = b;
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                out[n++] = b;
                inString = b == '"';
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** A parse error in plain words, with the line and column, without parser jargon. */
    static String problem(JsonProcessingException e) {
        String where = e.getLocation() == null || e.getLocation().getLineNr() < 0 ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        boolean cutShort = e instanceof JsonEOFException || String.valueOf(e.getOriginalMessage()).contains("end-of-input");
        if (cutShort) {
            return "the file is cut short" + where;
        }
        return "the file is not valid JSON" + where;
    }
}

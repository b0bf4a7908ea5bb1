package com.bodymap.figuredraw;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes a view as the figure file, formatted as the team formats content JSON (two-space
 * indent, one value per line), with the bilateral regions' halves as drawn and midline regions whole.
 */
final class FigureJson {
    private FigureJson() {
    }

    static void write(DrawnView v, Path file) throws IOException {
        StringBuilder b = new StringBuilder("{\n");
        b.append("  \"width\": 400,\n  \"height\": 1000,\n");
        b.append("  \"silhouette\": ").append(q(SvgWriter.write(v.silhouette()))).append(",\n");
        b.append("  \"details\": [\n");
        for (int i = 0; i < v.details().size(); i++) {
            b.append("    ").append(q(SvgWriter.write(v.details().get(i)))).append(i + 1 < v.details().size() ? ",\n" : "\n");
        }
        b.append("  ],\n  \"regions\": {\n");
        map(b, v.regions().entrySet().iterator(), true);
        // An empty object as json.dumps(indent=2) writes it, so the team's formatter leaves the file alone.
        if (v.deep().isEmpty()) {
            b.append("  },\n  \"deep\": {},\n  \"lines\": [\n");
        } else {
            b.append("  },\n  \"deep\": {\n");
            map(b, v.deep().entrySet().iterator(), false);
            b.append("  },\n  \"lines\": [\n");
        }
        for (int i = 0; i < v.lines().size(); i++) {
            b.append("    ").append(q(SvgWriter.write(v.lines().get(i)))).append(i + 1 < v.lines().size() ? ",\n" : "\n");
        }
        b.append("  ]\n}\n");
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }

    private static void map(StringBuilder b, Iterator<? extends Map.Entry<String, ?>> it, boolean shapes) {
        while (it.hasNext()) {
            Map.Entry<String, ?> e = it.next();
            String value = shapes ? SvgWriter.write((java.awt.Shape) e.getValue()) : (String) e.getValue();
            b.append("    ").append(q(e.getKey())).append(": ").append(q(value)).append(it.hasNext() ? ",\n" : "\n");
        }
    }

    private static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}

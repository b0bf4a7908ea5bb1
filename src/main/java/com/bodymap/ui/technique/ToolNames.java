package com.bodymap.ui.technique;

import com.bodymap.model.Technique;
import com.bodymap.model.Tool;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The separate tools named in a card's tool text, so the library can filter by one tool:
 * "Lacrosse ball, tennis ball or a frozen water bottle" gives "Lacrosse ball", "Tennis ball" and
 * "Frozen water bottle". Words in brackets stay with their tool ("Two lacrosse balls taped
 * together (peanut)"), and any "None (...)" is "No equipment".
 */
final class ToolNames {
    static final String NO_EQUIPMENT = "No equipment";

    private ToolNames() {
    }

    /**
     * The tools a card uses, by name: from its tool ids when it has them (the app's five tools),
     * else from its tool text, as before cards named their tools by id.
     */
    static List<String> of(Technique t) {
        if (!t.tools().isEmpty()) {
            return t.tools().stream().map(Tool::label).distinct().toList();
        }
        return of(t.tool());
    }

    static List<String> of(String tool) {
        List<String> names = new ArrayList<>();
        if (tool == null || tool.isBlank()) {
            return names;
        }
        for (String part : splitOutsideBrackets(tool)) {
            String name = tidy(part);
            if (!name.isEmpty() && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** Splits at commas and at the words "or" and "and", except inside brackets. */
    private static List<String> splitOutsideBrackets(String tool) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        String[] words = tool.trim().split("\\s+");
        for (String word : words) {
            String bare = word.toLowerCase(Locale.ROOT);
            if (depth == 0 && (bare.equals("or") || bare.equals("and"))) {
                parts.add(current.toString());
                current.setLength(0);
                continue;
            }
            depth += count(word, '(') - count(word, ')');
            boolean comma = depth == 0 && word.endsWith(",");
            current.append(current.length() == 0 ? "" : " ").append(comma ? word.substring(0, word.length() - 1) : word);
            if (comma) {
                parts.add(current.toString());
                current.setLength(0);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(ch -> ch == c).count();
    }

    private static String tidy(String part) {
        String name = part.trim().replaceFirst("(?i)^(a|an|one)\\s+", "");
        if (name.toLowerCase(Locale.ROOT).startsWith("none")) {
            return NO_EQUIPMENT;
        }
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}

package com.bodymap.ui.technique;

import java.util.Arrays;
import com.bodymap.i18n.Messages;
import com.bodymap.model.Technique;
import com.bodymap.model.Tool;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The separate tools named in a card's tool text, so the library can filter by one tool:
 * "Lacrosse ball, tennis ball or a frozen water bottle" gives "Lacrosse ball", "Tennis ball" and
 * "Frozen water bottle". Words in brackets stay with their tool ("Two lacrosse balls taped
 * together (peanut)"), and any "None (...)" is "No equipment". The joining words ("or", "and"),
 * the articles dropped and the word for none are the language's, from the bundle.
 */
final class ToolNames {
    private final Messages messages;
    private final List<String> joiners;
    private final List<String> articles;
    private final List<String> none;

    ToolNames(Messages messages) {
        this.messages = messages;
        this.joiners = words("toolNames.joiners");
        this.articles = words("toolNames.articles");
        this.none = words("toolNames.none");
    }

    private List<String> words(String key) {
        return Arrays.stream(messages.text(key).split(",")).map(w -> w.strip().toLowerCase(messages.locale()))
                .filter(w -> !w.isEmpty()).toList();
    }

    /**
     * The tools a card uses, by name: from its tool ids when it has them (the app's five tools),
     * else from its tool text, as before cards named their tools by id.
     */
    List<String> of(Technique t) {
        if (!t.tools().isEmpty()) {
            return t.tools().stream().map(messages::label).distinct().toList();
        }
        return of(t.tool());
    }

    List<String> of(String tool) {
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
    private List<String> splitOutsideBrackets(String tool) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        String[] words = tool.trim().split("\\s+");
        for (String word : words) {
            String bare = word.toLowerCase(messages.locale());
            if (depth == 0 && joiners.contains(bare)) {
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

    private String tidy(String part) {
        String name = part.trim();
        String[] first = name.split("\\s+", 2);
        if (first.length == 2 && articles.contains(first[0].toLowerCase(messages.locale()))) {
            name = first[1];
        }
        String lower = name.toLowerCase(messages.locale());
        if (none.stream().anyMatch(n -> lower.equals(n) || lower.startsWith(n + " ") || lower.startsWith(n + "("))) {
            return messages.text("toolNames.noEquipment");
        }
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}

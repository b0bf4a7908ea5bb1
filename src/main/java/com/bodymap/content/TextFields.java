package com.bodymap.content;

import java.util.List;
import java.util.Set;

/**
 * Which fields of a content file are words a user reads, and so are translated; everything else
 * (ids, ratings, source ids, numbers, URLs, flags) is the English file's alone. A field is named
 * by its path from the file's root: {@code []} stands for any element of an array, {@code *} for
 * any key of an object used as a map ("cards.*[].alt"). {@code addedLists} are text lists whose
 * translation is added to the English rather than replacing it (search aliases).
 */
public record TextFields(String file, Set<String> text, Set<String> addedLists) {

    public TextFields {
        text = Set.copyOf(text);
        addedLists = Set.copyOf(addedLists);
    }

    public static final TextFields REGIONS = new TextFields(ContentLoader.REGIONS, Set.of(
            "[].name", "[].summary", "[].evidence", "[].toolRatings[].reason", "[].why[].text",
            "[].instead[].text", "[].disagreements[].topic", "[].disagreements[].viewpoints[].position"),
            Set.of("[].aliases"));

    public static final TextFields TECHNIQUES = new TextFields(ContentLoader.TECHNIQUES, Set.of(
            "[].title", "[].tool", "[].setup", "[].steps[]", "[].dose.per", "[].dose.sets", "[].dose.frequency",
            "[].dose.text", "[].cues[]", "[].mistakes[]", "[].whenNot[]", "[].evidence"), Set.of());

    /**
     * What the app says about a source is translated. A title is text too, so that the app's own
     * judgement can be named in the language, but a published title is kept as published.
     */
    public static final TextFields SOURCES = new TextFields(ContentLoader.SOURCES, Set.of(
            "[].title", "[].checkedAgainst", "[].supports[]", "[].note"), Set.of());

    public static final TextFields SAFETY = new TextFields(ContentLoader.SAFETY, Set.of(
            "sorenessVersusTightness[].text", "emergencyRedFlags[].text", "urgentRedFlags[].text",
            "aboutRedFlags[].text", "contraindications[].text", "cautions[].text", "disclaimer"), Set.of());

    public static final TextFields CHECKS = new TextFields("checks.json", Set.of(
            "introduction.text", "planNote.text", "sources[].checkedAgainst", "sources[].supports[]", "sources[].note",
            "checks[].name", "checks[].equipment", "checks[].position", "checks[].measure", "checks[].note",
            "checks[].passLabel", "checks[].failLabel", "checks[].reading.question", "checks[].reading.options[].label",
            "checks[].threshold.explanation", "checks[].releases[].area", "checks[].releases[].caution"), Set.of());

    /** The drawings' captions and text alternatives. */
    public static final TextFields POSES = new TextFields("poses.json", Set.of(
            "cards.*[].label", "cards.*[].alt", "checks.*[].label", "checks.*[].alt"), Set.of());

    /** The four content files, in the order they are loaded. */
    public static final List<TextFields> CONTENT = List.of(REGIONS, TECHNIQUES, SOURCES, SAFETY);

    boolean isText(String pattern) {
        return text.contains(pattern);
    }

    boolean isAddedList(String pattern) {
        return addedLists.contains(pattern);
    }

    /** Whether a path (as a pattern, "[].why") is a text field or holds one further down. */
    boolean holdsText(String pattern) {
        return text.stream().anyMatch(t -> within(t, pattern)) || addedLists.stream().anyMatch(t -> within(t, pattern));
    }

    /** The pattern of an object's field: its own name, or {@code *} where the object is a map of ids. */
    String field(String pattern, String key) {
        String named = join(pattern, key);
        if (holdsText(named)) {
            return named;
        }
        String any = join(pattern, "*");
        return holdsText(any) ? any : named;
    }

    private static String join(String pattern, String key) {
        return pattern.isEmpty() ? key : pattern + "." + key;
    }

    private static boolean within(String field, String pattern) {
        return pattern.isEmpty() || field.equals(pattern) || field.startsWith(pattern + ".") || field.startsWith(pattern + "[");
    }
}

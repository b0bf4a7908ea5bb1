package com.bodymap.cli;

import java.util.List;

/**
 * A command line Body Map cannot run, as a typed problem: the command line words it in the run's
 * language ({@code cli.usage.<kind>} in the bundles, filled with {@link #values()}). The message is
 * the English wording, for logs and the start window's problem list.
 */
public final class UsageException extends IllegalArgumentException {
    public enum Kind {
        /** Two commands: {0} and {1}. */
        ONE_COMMAND,
        /** An option Body Map does not know: {0}. */
        UNKNOWN_OPTION,
        /** {0} needs a value after it. */
        NEEDS_VALUE,
        /** --export-sheet without --out. */
        NEEDS_OUT,
        /** {0} given without --export-sheet. */
        ONLY_WITH_EXPORT,
        /** --tool without --list-regions. */
        TOOL_ONLY_WITH_LIST,
        /** --lang with a language Body Map does not speak: {0}. */
        UNKNOWN_LANGUAGE
    }

    private final Kind kind;
    private final transient List<String> values;

    UsageException(Kind kind, String english, String... values) {
        super(english);
        this.kind = kind;
        this.values = List.of(values);
    }

    public Kind kind() {
        return kind;
    }

    public List<String> values() {
        return values;
    }
}

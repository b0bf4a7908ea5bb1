package com.bodymap.store;

import java.nio.file.Path;
import java.util.List;

/**
 * What was wrong with the saved settings, as values the window words in its own language.
 *
 * @param kind    what happened
 * @param file    the settings file
 * @param movedTo where a damaged file was moved (for {@link Kind#DAMAGED_MOVED}), else null
 * @param damage  why the file is damaged (for the two DAMAGED kinds), else null
 * @param line    the line of a file that is not JSON, when known, else null
 * @param error   the kind of read error (for {@link Kind#UNREADABLE}), else null
 * @param unread  the parts that could not be read (for {@link Kind#PARTS_UNREAD})
 */
public record SettingsProblem(Kind kind, Path file, Path movedTo, Damage damage, Integer line, String error,
                              List<Part> unread) {

    public enum Kind {
        /** The file could not be read at all; it is left alone and not written over. */
        UNREADABLE,
        /** The file is damaged and was moved aside; the defaults are used. */
        DAMAGED_MOVED,
        /** The file is damaged and could not be moved aside: settings are not saved until it is removed. */
        DAMAGED_STUCK,
        /** Some parts could not be read; the defaults are used for those. */
        PARTS_UNREAD
    }

    public enum Damage { NOT_JSON, NOT_SETTINGS }

    /** A part of the settings. */
    public enum Part { WINDOW, MAP, THEME, TEXT_SIZE, PAPER, TOOL, LANGUAGE }

    public SettingsProblem {
        unread = unread == null ? List.of() : List.copyOf(unread);
    }
}

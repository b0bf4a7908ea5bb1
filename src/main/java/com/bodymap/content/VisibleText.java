package com.bodymap.content;

/**
 * Whether text would show anything on screen or paper. Required text that is only spaces, or only
 * invisible characters (zero-width spaces, joiners, the byte-order mark, soft hyphens, direction
 * marks and other format characters, control characters, lone combining marks), is as good as
 * missing; control characters inside text would print as gaps and reach a terminal as escape codes.
 */
public final class VisibleText {
    private VisibleText() {
    }

    /** True when {@code s} is null or has no character that draws something. */
    public static boolean isBlank(String s) {
        return s == null || s.codePoints().noneMatch(VisibleText::draws);
    }

    /** The first control character other than a line break or tab, or -1. */
    public static int firstControl(String s) {
        if (s == null) {
            return -1;
        }
        return s.codePoints().filter(cp -> Character.getType(cp) == Character.CONTROL && cp != '\n' && cp != '\t')
                .findFirst().orElse(-1);
    }

    private static boolean draws(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return false;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.UNASSIGNED, Character.SURROGATE,
                    Character.PRIVATE_USE, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
                    Character.COMBINING_SPACING_MARK -> {
                return false;
            }
            default -> {
                // Letters that Unicode calls letters but that draw nothing (Hangul fillers, the braille blank).
                return cp != 0x115F && cp != 0x1160 && cp != 0x3164 && cp != 0xFFA0 && cp != 0x2800;
            }
        }
    }
}

package com.bodymap.wizard;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a number the way people type one, and never guesses: "4.5" and "4,5" are four and a half,
 * "−3" (with a typographic minus) is minus three, "12 cm" is twelve when the field is in
 * centimetres. Anything else is refused with the reason, never trimmed into another number:
 * "1e2", "NaN" and "Infinity" are not measurements, and "4.5.1" is not a number.
 */
public final class NumberText {
    /** Why a text is not a number. */
    public enum Problem { NOT_A_NUMBER, NOT_FINITE, EXPONENT, OTHER_UNIT, TOO_LONG }

    /**
     * What was typed: the number without its sign, whether a sign was typed, and how many decimal
     * places were typed ("7.50" has two); or the problem.
     */
    public record Parsed(BigDecimal magnitude, char sign, int decimals, Problem problem) {
        public boolean ok() {
            return problem == null;
        }

        public boolean negative() {
            return sign == '-';
        }

        public BigDecimal value() {
            return negative() ? magnitude.negate() : magnitude;
        }

        static Parsed problem(Problem p) {
            return new Parsed(null, ' ', 0, p);
        }
    }

    static final int MAX_LENGTH = 40;
    // A typographic minus and its look-alikes that keyboards and phones produce.
    private static final Pattern MINUS = Pattern.compile("[\u2212\u2012\u2013\uFE63\uFF0D]");
    private static final Pattern SPACES = Pattern.compile("[\u00A0\u2007\u2009\u202F]");
    private static final Pattern NOT_FINITE = Pattern.compile("[+-]?\\s*(inf|infinity|\u221E|nan)", Pattern.CASE_INSENSITIVE);
    private static final Pattern EXPONENT = Pattern.compile("[+-]?\\s*[0-9.,]*[0-9][0-9.,]*\\s*[eE]\\s*[+-]?\\s*[0-9]+.*");
    private static final Pattern NUMBER = Pattern.compile("([+-]?)\\s*([0-9]*)(?:[.,]([0-9]*))?");
    private static final Pattern WITH_UNIT = Pattern.compile("(.*?[0-9.,])\\s*(\\p{L}[\\p{L}\\s.]*|[\u00B0\u00BA\u02DA/%\"'][^0-9]*|/\\s*10|out\\s+of\\s+10|von\\s+10)");

    private NumberText() {
    }

    /**
     * Reads {@code text}; {@code ownUnits} are unit words accepted after the number (lower case),
     * such as "cm" in a field in centimetres. Any other word or symbol after it is OTHER_UNIT.
     */
    public static Parsed parse(String text, java.util.Set<String> ownUnits) {
        if (text == null) {
            return Parsed.problem(Problem.NOT_A_NUMBER);
        }
        String s = MINUS.matcher(SPACES.matcher(text).replaceAll(" ")).replaceAll("-").strip();
        if (s.length() > MAX_LENGTH) {
            return Parsed.problem(Problem.TOO_LONG);
        }
        if (NOT_FINITE.matcher(s).matches()) {
            return Parsed.problem(Problem.NOT_FINITE);
        }
        if (EXPONENT.matcher(s).matches()) {
            return Parsed.problem(Problem.EXPONENT);
        }
        Matcher unit = WITH_UNIT.matcher(s);
        if (unit.matches()) {
            String word = unit.group(2).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (!ownUnits.contains(word)) {
                return Parsed.problem(Problem.OTHER_UNIT);
            }
            s = unit.group(1).strip();
        }
        Matcher m = NUMBER.matcher(s);
        if (!m.matches()) {
            return Parsed.problem(Problem.NOT_A_NUMBER);
        }
        String whole = m.group(2);
        String fraction = m.group(3) == null ? "" : m.group(3);
        if (whole.isEmpty() && fraction.isEmpty()) {
            return Parsed.problem(Problem.NOT_A_NUMBER);
        }
        BigDecimal magnitude = new BigDecimal((whole.isEmpty() ? "0" : whole) + (fraction.isEmpty() ? "" : "." + fraction));
        char sign = m.group(1).isEmpty() ? ' ' : m.group(1).charAt(0);
        return new Parsed(magnitude, sign, fraction.length(), null);
    }
}

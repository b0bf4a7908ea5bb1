package com.bodymap.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.wizard.NumberText.Parsed;
import com.bodymap.wizard.NumberText.Problem;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberTextTest {
    private static final Set<String> CM = Set.of("cm");

    private static Parsed parse(String text) {
        return NumberText.parse(text, CM);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "4.5|4.5|1", "4,5|4.5|1", " 12 |12|0", "7.50|7.50|2", ".5|0.5|1", "5.|5|0", "12 cm|12|0", "12cm|12|0",
        "30|30|0", "0|0|0"})
    void readsWhatWasTyped(String text, String magnitude, int decimals) {
        Parsed p = parse(text);
        assertTrue(p.ok(), text + " -> " + p.problem());
        assertEquals(new BigDecimal(magnitude), p.magnitude());
        assertEquals(decimals, p.decimals());
        assertFalse(p.negative());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-3", "\u22123", "\u2013 3", "\uFF0D3", "-3 cm", "\u22123\u00A0cm"})
    void everyMinusSignIsAMinus(String text) {
        Parsed p = parse(text);
        assertTrue(p.ok(), text + " -> " + p.problem());
        assertTrue(p.negative(), text);
        assertEquals(new BigDecimal("-3"), p.value());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1e2|EXPONENT", "1E-3|EXPONENT", "2.5e1|EXPONENT", "NaN|NOT_FINITE", "Infinity|NOT_FINITE", "-inf|NOT_FINITE",
        "\u221E|NOT_FINITE", "4.5.1|NOT_A_NUMBER", "1,234.5|NOT_A_NUMBER", "abc|NOT_A_NUMBER", "-|NOT_A_NUMBER",
        ".|NOT_A_NUMBER", "--3|NOT_A_NUMBER", "3-|NOT_A_NUMBER", "5 1/2|NOT_A_NUMBER", "1 2|NOT_A_NUMBER",
        "12 mm|OTHER_UNIT", "5 in|OTHER_UNIT", "10°|OTHER_UNIT", "12 inches|OTHER_UNIT", "12%|OTHER_UNIT",
        "0x10|NOT_A_NUMBER"})
    void refusesWhatIsNotAPlainNumberInsteadOfTrimmingIt(String text, Problem problem) {
        assertEquals(problem, parse(text).problem(), text);
    }

    @org.junit.jupiter.api.Test
    void aPastedNovelIsTooLong() {
        assertEquals(Problem.TOO_LONG, parse("1".repeat(NumberText.MAX_LENGTH + 1)).problem());
    }
}

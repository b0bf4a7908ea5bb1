package com.bodymap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One 200,000-character word (issue 13, defect 6): line breaking used to measure the whole rest of
 * the word for every line, and every prefix of every line, so its time grew with the square of
 * the length (107 s). Now it grows with the length. The timeouts are only a safety net against a
 * hang, far above the second or so this takes; speed itself is not asserted.
 */
class LongWordTest {
    private static final String WORD = "x".repeat(100_000) + "\u00e9\u6f22".repeat(50_000);

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aVeryLongWordIsBrokenIntoFullLinesWithTheRealFont() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            SheetFonts fonts = new SheetFonts(pdf);
            String word = fonts.printable(WORD);
            List<String> lines = new TextWrapper(fonts).wrap("before " + word + " after", FontStyle.REGULAR, 10, 300);
            assertEquals("before", lines.get(0));
            assertTrue(("before" + word + "after").equals(String.join("", lines).replace(" ", "")),
                    "the lines hold every character of the word, in order");
            for (int i = 1; i < lines.size() - 2; i++) {
                String line = lines.get(i);
                float w = fonts.width(line, FontStyle.REGULAR, 10);
                assertTrue(w <= 300, "line " + i + " too wide: " + w);
                String more = line + lines.get(i + 1).codePoints().limit(1)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
                assertTrue(fonts.width(more, FontStyle.REGULAR, 10) > 300, "line " + i + " could hold one more character");
            }
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aSheetWithAVeryLongWordIsLaidOut() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            SheetFonts fonts = new SheetFonts(pdf);
            SheetDocument doc = new SheetDocument("x".repeat(20_000), "", "y".repeat(2_000),
                    List.of(new SheetBlock.Paragraph(WORD), new SheetBlock.ItemList(List.of(WORD), true)));
            List<LaidOutPage> pages = new SheetLayout(fonts, PaperSize.A4, LocalDate.of(2026, 1, 1)).layout(doc);
            assertTrue(pages.size() > 10, "the word fills many pages: " + pages.size());
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void theLinesAreTheSameAsCharacterByCharacterBreaking() {
        TextMeasure uneven = new TextMeasure() {
            @Override
            public float width(String text, FontStyle style, float size) {
                return (float) text.chars().mapToDouble(c -> c % 7 + 3).sum();
            }

            @Override
            public String printable(String text) {
                return text;
            }
        };
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            word.append((char) ('a' + (i * 31 % 26)));
        }
        List<String> lines = new TextWrapper(uneven).wrap(word.toString(), FontStyle.REGULAR, 1, 97);
        // Greedy, character by character, as the old code did it.
        int start = 0;
        int n = 0;
        while (start < word.length()) {
            int end = start + 1;
            while (end < word.length() && uneven.width(word.substring(start, end + 1), FontStyle.REGULAR, 1) <= 97) {
                end++;
            }
            assertEquals(word.substring(start, end), lines.get(n++));
            start = end;
        }
        assertEquals(n, lines.size());
    }
}

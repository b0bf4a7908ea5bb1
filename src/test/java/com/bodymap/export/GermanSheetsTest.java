package com.bodymap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.files.AtomicFileWriter;
import com.bodymap.i18n.Messages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Sheets printed in German: the page words, headings, table heads, rating words and the document
 * language come from the German bundle; the content itself stays as the content files wrote it.
 */
class GermanSheetsTest {
    private static final Messages GERMAN = Messages.of(Locale.GERMANY);
    private final SheetComposer composer = new SheetComposer(SheetFixtures.content(), SheetFixtures.figures(), GERMAN);
    private final SheetPdf pdf = new SheetPdf(SheetPdfTest.CLOCK, new AtomicFileWriter(), GERMAN);

    private PdfReadBack render(String id) throws Exception {
        return new PdfReadBack(pdf.render(composer.forIds(List.of(id)), PaperSize.A4, SheetPdf.Progress.NONE));
    }

    @Test
    void aRegionPageSpeaksGermanAroundItsContent() throws Exception {
        try (PdfReadBack back = render("lumbar-spine")) {
            String text = back.flatText();
            for (String part : List.of("Regionsseite", "Rückseite des Körpers", "Meiden", "Warum", "Was Sie stattdessen tun können", "Zuerst anderswo ansetzen", "Übungskarten",
                    "Quellen", "Konnte nicht geprüft werden", "Gedruckt am 14. März 2026", "Seite 1 von ")) {
                assertTrue(text.contains(part), "missing from the German PDF: " + part);
            }
            for (String english : List.of("Printed ", "Page 1 of", "Region page", "By tool", "What to do instead",
                    "Look elsewhere first", "Technique cards", "Could not be checked", "of the body")) {
                assertFalse(text.contains(english), "English left on the German sheet: " + english);
            }
            assertEquals("de", back.document.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void aCardSpeaksGermanAroundItsContent() throws Exception {
        try (PdfReadBack back = render("glute-roll")) {
            String text = back.flatText();
            for (String part : List.of("Übungskarte", "Vorbereitung:", "Schritte", "Wann Sie das lassen sollten", "Geeignet",
                    "Seite 1 von 1")) {
                assertTrue(text.contains(part), "missing from the German PDF: " + part);
            }
            for (String english : List.of("Set-up:", "Steps", "Common mistakes", "When not to do this", "Page 1 of 1")) {
                assertFalse(text.contains(english), "English left on the German sheet: " + english);
            }
        }
    }

    @Test
    void englishSheetsStayEnglish() throws Exception {
        SheetPdf english = new SheetPdf(SheetPdfTest.CLOCK, new AtomicFileWriter(), Messages.english());
        SheetComposer englishComposer = new SheetComposer(SheetFixtures.content(), SheetFixtures.figures(), Messages.english());
        try (PdfReadBack back = new PdfReadBack(english.render(englishComposer.forIds(List.of("glute-roll")), PaperSize.A4,
                SheetPdf.Progress.NONE))) {
            assertTrue(back.flatText().contains("Printed 14 March 2026"));
            assertEquals("en", back.document.getDocumentCatalog().getLanguage());
        }
    }

    /** Under a slim figure "LINKS" and "RECHTS" do not fit side by side: the short forms are printed, apart. */
    @Test
    void theSidesUnderEveryGermanFigureNeverRunTogether() throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            SheetFonts fonts = new SheetFonts(doc);
            int figures = 0;
            for (LaidOutPage page : new SheetLayout(fonts, PaperSize.A4, java.time.LocalDate.of(2026, 3, 14), GERMAN)
                    .layout(composer.forIds(List.of("lumbar-spine", "glute-roll", "it-band-left")))) {
                for (DrawOp op : page.ops()) {
                    if (!(op instanceof DrawOp.Figure f)) {
                        continue;
                    }
                    figures++;
                    List<DrawOp.Text> sides = page.ops().stream().filter(DrawOp.Text.class::isInstance).map(DrawOp.Text.class::cast)
                            .filter(t -> t.y() < f.y() && t.y() > f.y() - 16 && t.x() >= f.x() - 0.01
                                    && List.of("LINKS", "RECHTS", "L", "R").contains(t.text()))
                            .sorted((a, b) -> Float.compare(a.x(), b.x())).toList();
                    assertEquals(2, sides.size(), "page " + page.number() + ": both sides under the figure");
                    DrawOp.Text first = sides.get(0);
                    float end = first.x() + fonts.width(first.text(), first.style(), first.size());
                    assertTrue(end + 2 < sides.get(1).x(), "page " + page.number() + ": " + first.text() + " runs into "
                            + sides.get(1).text());
                }
            }
            assertTrue(figures >= 3, "figures were laid out: " + figures);
        }
    }
}

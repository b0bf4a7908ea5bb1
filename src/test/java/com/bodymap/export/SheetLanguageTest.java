package com.bodymap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.content.ContentLoader;
import com.bodymap.content.ContentRepository;
import com.bodymap.content.ContentSource;
import com.bodymap.content.FigureLoader;
import com.bodymap.content.FigureSource;
import com.bodymap.files.AtomicFileWriter;
import com.bodymap.model.Dose;
import com.bodymap.model.Technique;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

/** A sheet declares its language, prints German as it is, and draws Chinese and Japanese in the fallback font. */
class SheetLanguageTest {

    private static byte[] render(SheetPdf pdf, SheetDocument sheet) throws Exception {
        return pdf.render(sheet, PaperSize.A4, SheetPdf.Progress.NONE);
    }

    @Test
    void theDocumentLanguageIsTheSheetsLanguage() throws Exception {
        SheetComposer composer = new SheetComposer(SheetFixtures.content(), SheetFixtures.figures());
        SheetDocument card = composer.forIds(List.of("glute-roll"));
        try (PdfReadBack en = new PdfReadBack(render(new SheetPdf(SheetPdfTest.CLOCK, new AtomicFileWriter()), card));
             PdfReadBack de = new PdfReadBack(render(new SheetPdf(SheetPdfTest.CLOCK, new AtomicFileWriter(), Locale.GERMAN), card))) {
            assertEquals("en", en.document.getDocumentCatalog().getLanguage());
            assertEquals("de", de.document.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void aGermanRegionSheetPrintsItsGermanTextWhole() throws Exception {
        ContentRepository content = new ContentLoader().load(ContentSource.bundled(), Locale.GERMAN);
        SheetComposer composer = new SheetComposer(content, new FigureLoader().load(content, FigureSource.bundled()));
        SheetPdf pdf = new SheetPdf(SheetPdfTest.CLOCK, new AtomicFileWriter(), content.language());
        try (PdfReadBack back = new PdfReadBack(render(pdf, composer.forIds(List.of("glutes"))))) {
            String text = back.flatText();
            assertEquals("de", back.document.getDocumentCatalog().getLanguage());
            assertTrue(text.contains("Gesäßmuskeln (Gesäß)"), text);
            assertTrue(text.contains(content.region("glutes").orElseThrow().summary()), text);
            assertFalse(text.contains("Ges?") || text.contains("Gesa"), "every German letter is printed: " + text);
        }
    }

    @Test
    void chineseAndJapaneseAreDrawnNotReplaced() throws Exception {
        Technique card = new Technique("kata", "肩こりのストレッチ 颈部放松", "フォームローラー", "床に座ります。",
                List.of("ゆっくり転がします。"), new Dose(60, "側", "1", "毎日", "片側60秒。"), List.of(), List.of(), List.of(),
                List.of("glutes"), List.of("review-2019"), "証拠は限られています。");
        SheetComposer composer = new SheetComposer(SheetFixtures.content(), SheetFixtures.figures());
        byte[] bytes = render(new SheetPdf(SheetPdfTest.CLOCK, new AtomicFileWriter(), Locale.JAPANESE),
                composer.techniqueCards(List.of(card)));
        try (PdfReadBack back = new PdfReadBack(bytes)) {
            String text = back.flatText();
            for (String part : List.of("肩こりのストレッチ 颈部放松", "フォームローラー", "ゆっくり転がします。", "片側60秒。")) {
                assertTrue(text.contains(part), "missing from the PDF: " + part + " in " + text);
            }
            assertTrue(fonts(back).stream().anyMatch(f -> f.contains("DroidSansFallback")), fonts(back).toString());
            assertTrue(fonts(back).stream().anyMatch(f -> f.contains("DejaVuSans")), "Latin text stays in DejaVu");
        }
    }

    @Test
    void englishSheetsDoNotEmbedTheFallback() throws Exception {
        SheetComposer composer = new SheetComposer(SheetFixtures.content(), SheetFixtures.figures());
        try (PdfReadBack back = new PdfReadBack(render(new SheetPdf(SheetPdfTest.CLOCK, new AtomicFileWriter()),
                composer.forIds(List.of("glute-roll"))))) {
            assertTrue(fonts(back).stream().noneMatch(f -> f.contains("Droid")), fonts(back).toString());
        }
    }

    @Test
    void aCharacterNeitherFontHasStillReadsAsAQuestionMark() throws Exception {
        Technique card = new Technique("linear-b", "Rolle \uD800\uDC00 fertig", "Rolle", "Sitzen.", List.of("Rollen."),
                new Dose(null, null, "1", "täglich", "Kurz."), List.of(), List.of(), List.of(), List.of("glutes"),
                List.of("review-2019"), "Wenig.");
        SheetComposer composer = new SheetComposer(SheetFixtures.content(), SheetFixtures.figures());
        try (PdfReadBack back = new PdfReadBack(render(new SheetPdf(SheetPdfTest.CLOCK, new AtomicFileWriter(), Locale.GERMAN),
                composer.techniqueCards(List.of(card))))) {
            // Linear B: in neither DejaVu nor Droid Sans Fallback.
            assertTrue(back.flatText().contains("Rolle ? fertig"), back.flatText());
        }
    }

    private static List<String> fonts(PdfReadBack back) throws Exception {
        List<String> names = new ArrayList<>();
        for (PDPage page : back.document.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                PDFont f = page.getResources().getFont(name);
                names.add(f.getName());
            }
        }
        return names;
    }
}

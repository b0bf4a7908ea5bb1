package com.bodymap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.content.ContentRepository;
import com.bodymap.files.AtomicFileWriter;
import com.bodymap.model.Technique;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

/** Renders sheets from fixture content and reads the PDFs back with PDFBox. */
class SheetPdfTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-14T10:15:00Z"), ZoneId.of("UTC"));

    private final ContentRepository content = SheetFixtures.content();
    private final SheetComposer composer = new SheetComposer(content, SheetFixtures.figures());
    private final SheetPdf pdf = new SheetPdf(CLOCK, new AtomicFileWriter());

    private PdfReadBack render(List<String> ids, PaperSize paper) throws Exception {
        return new PdfReadBack(pdf.render(composer.forIds(ids), paper, SheetPdf.Progress.NONE));
    }

    @Test
    void aCardCarriesEveryPartAsSelectableText() throws Exception {
        Technique card = content.technique("glute-roll").orElseThrow();
        try (PdfReadBack back = render(List.of("glute-roll"), PaperSize.A4)) {
            String text = back.flatText();
            List<String> expected = new ArrayList<>(List.of(card.title(), card.tool(), card.setup(), card.dose().text(),
                    "Glutes", "Fine", "Set-up:", "Dose:", "Steps", "Cues", "Common mistakes", "When not to do this", "Sources",
                    "Systematic review or meta-analysis", SheetFixtures.DISCLAIMER, "Printed 14 March 2026", "Page 1 of 1"));
            expected.addAll(card.steps());
            expected.addAll(card.cues());
            expected.addAll(card.mistakes());
            expected.addAll(card.whenNot());
            for (String part : expected) {
                assertTrue(text.contains(part), "missing from the PDF: " + part);
            }
            assertTrue(text.indexOf("1. Lean towards") < text.indexOf("2. Roll slowly") && text.contains("3. Pause"),
                    "steps are numbered in order");
        }
    }

    @Test
    void aRegionPageCarriesItsContentAndListsItsCardsWithoutPrintingThem() throws Exception {
        try (PdfReadBack back = render(List.of("lumbar-spine"), PaperSize.A4)) {
            String text = back.flatText();
            for (String part : List.of("Lumbar spine", "Avoid", "Why", "no ribs to protect", "What to do instead",
                    "Roll the glutes instead.", "Look elsewhere first", "Where sources disagree: gentle rolling",
                    "Technique cards", "Mostly clinician opinion", "Low back pain guideline, NICE (2020). Clinical guideline or consensus.",
                    "Could not be checked", "Knee rocks for the low back", "Glute roll")) {
                assertTrue(text.contains(part), "missing from the PDF: " + part);
            }
            assertTrue(back.pageText(1).contains("Region page"), "the region page comes first");
            assertTrue(!text.contains("Common mistakes") && !text.contains("When not to do this"),
                    "the cards are listed by name, not printed in full");
            int pages = back.pages();
            assertTrue(back.pageText(pages).contains("Page " + pages + " of " + pages));
        }
    }

    @Test
    void aRegionPageWithCardsIsFollowedByThemInFull() throws Exception {
        int alone;
        try (PdfReadBack back = render(List.of("lumbar-spine"), PaperSize.A4)) {
            alone = back.pages();
        }
        try (PdfReadBack back = render(List.of("lumbar-spine" + SheetComposer.WITH_CARDS), PaperSize.A4)) {
            String text = back.flatText();
            assertTrue(back.pages() > alone, "the cards add pages: " + back.pages() + " against " + alone);
            assertTrue(text.contains("Common mistakes") && text.contains("When not to do this"), "the cards in full");
            assertTrue(text.indexOf("Why") < text.indexOf("Common mistakes"), "the page first, then its cards");
        }
    }

    @Test
    void extractedTextHasNoLigatureGlyphs() throws Exception {
        try (PdfReadBack back = render(List.of("all"), PaperSize.A4)) {
            String text = back.rawUnicode();
            assertTrue(text.chars().noneMatch(c -> c >= 0xFB00 && c <= 0xFB06),
                    "a ligature glyph (such as U+FB02 for 'fl') breaks search and copying");
            assertTrue(text.contains("fi") || text.contains("fl"), "the fixture text has f-ligature pairs to test");
        }
    }

    @Test
    void aLongCardFlowsOntoFurtherPagesWithNothingLost() throws Exception {
        try (PdfReadBack back = render(List.of("lumbar-stretch"), PaperSize.A4)) {
            assertTrue(back.pages() >= 2, "24 long steps cannot fit on one page, got " + back.pages());
            String text = back.flatText();
            int last = -1;
            for (int i = 1; i <= 24; i++) {
                int at = text.indexOf(i + ". Step number " + i + ":");
                assertTrue(at > last, "step " + i + " is missing or out of order");
                last = at;
            }
            assertTrue(text.contains("Ten slow rocks each way, twice a day."));
            for (int p = 1; p <= back.pages(); p++) {
                assertTrue(back.pageText(p).contains("Page " + p + " of " + back.pages()), "page number on page " + p);
                assertTrue(back.pageText(p).replaceAll("\\s+", " ").contains(SheetFixtures.DISCLAIMER), "disclaimer on page " + p);
            }
        }
    }

    @Test
    void nothingIsDrawnOutsideThePageMargins() throws Exception {
        for (PaperSize paper : PaperSize.values()) {
            try (PdfReadBack back = render(List.of("all", "lumbar-spine", "lumbar-stretch"), paper)) {
                List<String> outside = back.drawnOutside(SheetLayout.MARGIN);
                assertTrue(outside.isEmpty(), paper + ": drawn outside the margins: " + outside.subList(0, Math.min(5, outside.size())));
            }
        }
    }

    @Test
    void theFinderCatchesSomethingDrawnOutside() throws Exception {
        // The check above must be able to fail: a page whose text is 10 pt from the edge fails it.
        try (PdfReadBack back = render(List.of("glute-roll"), PaperSize.A4)) {
            assertTrue(!back.drawnOutside(SheetLayout.MARGIN + 10).isEmpty());
        }
    }

    @Test
    void theFontIsEmbeddedOnEveryPage() throws Exception {
        try (PdfReadBack back = render(List.of("all"), PaperSize.A4)) {
            int fonts = 0;
            for (PDPage page : back.document.getPages()) {
                PDResources resources = page.getResources();
                for (var name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                    assertTrue(font.getName().contains("DejaVuSans"), "unexpected font " + font.getName());
                    fonts++;
                }
            }
            assertTrue(fonts > 0);
        }
    }

    @Test
    void theFigureIsVectorPathsNotAnImage() throws Exception {
        try (PdfReadBack back = render(List.of("lumbar-spine"), PaperSize.A4)) {
            DrawnOutsideFinder first = new DrawnOutsideFinder(back.document.getPage(0), 0);
            first.run();
            assertTrue(first.curves > 10, "the figure's curves are drawn as PDF curves, got " + first.curves);
            assertEquals(0, first.images);
        }
    }

    @Test
    void theBookletHasAPageOrMoreForEveryCardAndItsContentsPointAtTheRightPages() throws Exception {
        try (PdfReadBack back = render(List.of("all"), PaperSize.A4)) {
            int cards = content.techniques().size();
            int regions = content.regions().size();
            assertTrue(back.pages() > cards / 2);
            assertTrue(back.pages() >= 2 + regions + cards, "cover, contents, a page per region and per card; got " + back.pages());
            String contents = back.pageText(2).replaceAll("[ \\t]+", " ");
            for (String[] entry : new String[][] {{"Glute roll Foam roller Glutes", "Glute roll"},
                    {"Knee rocks for the low back None (floor or mat) Lumbar spine", "Knee rocks for the low back"}}) {
                Matcher m = Pattern.compile(Pattern.quote(entry[0]) + " (\\d+)").matcher(contents);
                assertTrue(m.find(), "contents line for " + entry[1] + " in:\n" + contents);
                int page = Integer.parseInt(m.group(1));
                assertTrue(back.pageText(page).contains("Technique card"), "page " + page + " holds a card");
                assertTrue(back.pageText(page).contains(entry[1]), "page " + page + " holds " + entry[1]);
            }
        }
    }

    @Test
    void theDocumentHasATitleAndMetadata() throws Exception {
        try (PdfReadBack back = render(List.of("glute-roll", "lumbar-spine"), PaperSize.A4)) {
            var info = back.document.getDocumentInformation();
            assertEquals("Glute roll and Lumbar spine", info.getTitle());
            assertEquals("Body Map", info.getAuthor());
            assertTrue(info.getSubject().contains("Glute roll"));
            assertEquals(CLOCK.millis(), info.getCreationDate().getTimeInMillis());
            assertEquals(Calendar.MARCH, info.getCreationDate().get(Calendar.MONTH));
            assertTrue(back.document.getDocumentCatalog().getViewerPreferences().displayDocTitle());
        }
    }

    @Test
    void pagesAreA4OrLetter() throws Exception {
        try (PdfReadBack a4 = render(List.of("glute-roll"), PaperSize.A4);
             PdfReadBack letter = render(List.of("glute-roll"), PaperSize.LETTER)) {
            PDRectangle a = a4.document.getPage(0).getMediaBox();
            PDRectangle l = letter.document.getPage(0).getMediaBox();
            assertEquals(595.3, a.getWidth(), 0.1);
            assertEquals(841.9, a.getHeight(), 0.1);
            assertEquals(612, l.getWidth(), 0.1);
            assertEquals(792, l.getHeight(), 0.1);
        }
    }

    @Test
    void charactersTheFontsLackAreReplacedNotFatal() throws IOException {
        // DejaVu Sans has no Chinese characters, which the fallback font draws; neither has
        // Egyptian hieroglyphs (U+13000).
        SheetDocument odd = new SheetDocument("Odd \u6f22 characters", "", "",
                List.of(new SheetBlock.Paragraph("A character \u6f22, another \uD80C\uDC00 and a tab\there.")));
        try (PdfReadBack back = new PdfReadBack(pdf.render(odd, PaperSize.A4, SheetPdf.Progress.NONE))) {
            assertTrue(back.flatText().contains("A character \u6f22, another ? and a tab here."), back.flatText());
        }
    }
}

package com.bodymap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.content.ContentLoader;
import com.bodymap.content.ContentRepository;
import com.bodymap.content.ContentSource;
import com.bodymap.content.FigureLoader;
import com.bodymap.files.AtomicFileWriter;
import com.bodymap.model.Figure;
import com.bodymap.model.Claim;
import com.bodymap.model.Region;
import com.bodymap.model.Technique;
import com.bodymap.model.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every sheet built from the bundled content and figures, read back with PDFBox. */
class BundledSheetsTest {
    private static ContentRepository content;
    private static SheetComposer composer;
    private static final SheetPdf PDF = new SheetPdf(SheetPdfTest.CLOCK, new AtomicFileWriter());

    @BeforeAll
    static void load() throws Exception {
        SheetExportCliTest.assumeBundledContent();
        content = new ContentLoader().load(ContentSource.bundled());
        Map<View, Figure> figures = new FigureLoader().load(content);
        composer = new SheetComposer(content, figures);
    }

    @Test
    void theBookletHoldsEveryRegionAndCardWithinTheMargins() throws Exception {
        try (PdfReadBack back = new PdfReadBack(PDF.render(composer.booklet(), PaperSize.A4, SheetPdf.Progress.NONE))) {
            int cards = content.techniques().size();
            assertTrue(back.pages() > cards / 2);
            assertTrue(back.pages() >= 2 + content.regions().size() + cards);
            String text = back.flatText();
            for (Region r : content.regions()) {
                assertTrue(text.contains(r.name()), "region " + r.id());
            }
            for (Technique t : content.techniques()) {
                assertTrue(text.contains(t.title()), "card " + t.id());
            }
            assertEquals(List.of(), back.drawnOutside(SheetLayout.MARGIN));
        }
    }

    /** Issue 12: "Print this page" on the low back gave 13 pages; a region sheet is the page, in at most 3. */
    @Test
    void theLumbarSheetIsAtMostThreePagesAndReadsAsPlainWords() throws Exception {
        try (PdfReadBack back = new PdfReadBack(PDF.render(composer.forIds(List.of("lumbar-spine")), PaperSize.A4,
                SheetPdf.Progress.NONE))) {
            assertTrue(back.pages() <= 3, "the lumbar sheet without cards has " + back.pages() + " pages");
            String text = back.flatText();
            assertTrue(text.contains("hip flexors"), "a search for 'flexor' finds 'hip flexors'");
            assertTrue(back.rawUnicode().chars().noneMatch(c -> c >= 0xFB00 && c <= 0xFB06), "no ligature glyphs in the text");
            assertTrue(back.rawUnicode().contains("flexors"), "'flexors' as letters, as a viewer's search sees it");
            assertTrue(text.contains("Red flags"), "the red-flag box");
            assertTrue(text.contains("around the genitals or buttocks"), "a red-flag sign");
            assertEquals(List.of(), back.drawnOutside(SheetLayout.MARGIN));
        }
        try (PdfReadBack back = new PdfReadBack(PDF.render(composer.forIds(List.of("lumbar-spine" + SheetComposer.WITH_CARDS)),
                PaperSize.A4, SheetPdf.Progress.NONE))) {
            String text = back.flatText();
            for (Technique t : content.techniquesFor(content.region("lumbar-spine").orElseThrow())) {
                assertTrue(text.contains(t.steps().get(0).replaceAll("\\s+", " ").strip()), "with cards: " + t.id());
            }
        }
    }

    @Test
    void everyBackRegionSheetCarriesTheRedFlagBoxAndOthersDoNot() throws Exception {
        List<String> back = content.safety().redFlagRegions();
        assertTrue(back.containsAll(List.of("lumbar-spine", "thoracic-spine", "lower-ribs")), "the back regions: " + back);
        Claim firstEmergency = content.safety().emergencyRedFlags().get(0);
        Claim firstUrgent = content.safety().urgentRedFlags().get(0);
        for (Region r : content.regions()) {
            try (PdfReadBack sheet = new PdfReadBack(PDF.render(composer.forIds(List.of(r.id())), PaperSize.A4,
                    SheetPdf.Progress.NONE))) {
                String text = sheet.flatText();
                boolean box = text.contains("Red flags: warning signs that need a clinician");
                assertEquals(back.contains(r.id()), box, r.id() + (box ? " has" : " lacks") + " the red-flag box");
                if (box) {
                    assertTrue(text.contains(sign(firstEmergency)), r.id() + ": an emergency sign");
                    assertTrue(text.contains(sign(firstUrgent)), r.id() + ": an urgent sign");
                    assertTrue(text.contains("emergency number"), r.id() + ": which number to call");
                    assertTrue(text.contains("Back pain: when to get urgent or emergency help"), r.id() + ": the box's source is listed");
                }
            }
        }
    }

    /** The start of a flag as the box prints it (lower-case, in a run of signs). */
    private static String sign(Claim flag) {
        String words = flag.text().split("[.,(]")[0].strip();
        return Character.toLowerCase(words.charAt(0)) + words.substring(1);
    }

    @Test
    void everyRegionAndCardPrintsOnItsOwnWithEveryStepReadable() throws Exception {
        List<String> ids = new ArrayList<>();
        content.regions().forEach(r -> ids.add(r.id()));
        content.techniques().forEach(t -> ids.add(t.id()));
        try (PdfReadBack back = new PdfReadBack(PDF.render(composer.forIds(ids), PaperSize.LETTER, SheetPdf.Progress.NONE))) {
            String text = back.flatText();
            for (Technique t : content.techniques()) {
                for (String line : t.steps()) {
                    // Also proves the shipped font can draw every character of the content.
                    assertTrue(text.contains(line.replaceAll("\\s+", " ").strip()), t.id() + ": step missing or garbled: " + line);
                }
            }
            assertTrue(text.contains(content.safety().disclaimer().replaceAll("\\s+", " ").strip()));
            assertEquals(List.of(), back.drawnOutside(SheetLayout.MARGIN));
        }
    }
}

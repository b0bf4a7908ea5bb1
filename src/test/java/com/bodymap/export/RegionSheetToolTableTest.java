package com.bodymap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.content.ContentLoader;
import com.bodymap.content.ContentRepository;
import com.bodymap.content.ContentSource;
import com.bodymap.content.FigureLoader;
import com.bodymap.files.AtomicFileWriter;
import com.bodymap.model.Tool;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The printed region sheet carries the same per-tool table as the page: tool, rating, why, card. */
class RegionSheetToolTableTest {

    @Test
    void theLumbarSheetPrintsARowForEveryToolWithIconAndWord() throws Exception {
        ContentRepository content = new ContentLoader().load(ContentSource.bundled());
        SheetComposer composer = new SheetComposer(content, new FigureLoader().load(content));
        SheetPdf pdf = new SheetPdf(SheetPdfTest.CLOCK, new AtomicFileWriter());
        try (PdfReadBack back = new PdfReadBack(pdf.render(composer.forIds(List.of("lumbar-spine")), PaperSize.A4,
                SheetPdf.Progress.NONE))) {
            String text = back.flatText();
            assertTrue(text.contains("By tool"), "the table's heading");
            for (Tool t : Tool.values()) {
                // "Two balls (peanut)" wraps in its narrow column; its first words stay together.
                String start = com.bodymap.i18n.Messages.english().label(t).split(" \\(")[0];
                assertTrue(text.contains(start), start);
            }
            assertTrue(text.contains("\u2716 Avoid"), "icon and word, readable in black and white");
            assertTrue(text.contains("\u26A0 Caution"), "the peanut, with the spine in the gap");
            assertTrue(text.contains("Only with the spine in the gap"), "the peanut's reason");
            assertTrue(text.indexOf("By tool") < text.indexOf("Why"), "the table comes before the reasons, as on screen");
            assertEquals(List.of(), back.drawnOutside(SheetLayout.MARGIN));
        }
    }

    /**
     * Where a tool is avoided, its card is printed as the alternative ("Instead:"), and the app's own
     * judgement is listed for what it is, never as a source that "could not be checked".
     */
    @Test
    void anAvoidedToolsCardIsTheAlternativeAndOwnJudgementIsNotAnUncheckedSource() throws Exception {
        ContentRepository content = new ContentLoader().load(ContentSource.bundled());
        SheetComposer composer = new SheetComposer(content, new FigureLoader().load(content));
        SheetPdf pdf = new SheetPdf(SheetPdfTest.CLOCK, new AtomicFileWriter());
        try (PdfReadBack back = new PdfReadBack(pdf.render(composer.forIds(List.of("sacrum")), PaperSize.A4,
                SheetPdf.Progress.NONE))) {
            String text = back.flatText();
            // A ball on the sacrum is avoid; its card is the glutes roller beside it.
            assertTrue(text.contains("Instead: Glutes on a foam"), "the card cell wraps after \"foam\"");
            assertTrue(text.contains("Body Map's own judgement. The app's own reasoning, not a published source."), text);
            assertTrue(!text.contains("own reasoning, not a published source. Could not be checked"), text);
        }
    }
}

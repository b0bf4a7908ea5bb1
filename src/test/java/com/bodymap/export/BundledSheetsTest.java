package com.bodymap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.content.ContentLoader;
import com.bodymap.content.ContentRepository;
import com.bodymap.content.ContentSource;
import com.bodymap.content.FigureLoader;
import com.bodymap.files.AtomicFileWriter;
import com.bodymap.model.Figure;
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

package com.bodymap.export;

import com.bodymap.i18n.Messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.content.ContentLoader;
import com.bodymap.content.ContentRepository;
import com.bodymap.content.ContentSource;
import com.bodymap.content.FigureLoader;
import com.bodymap.files.AtomicFileWriter;
import com.bodymap.model.Region;
import com.bodymap.model.Technique;
import com.bodymap.picture.Picture;
import com.bodymap.picture.Pictures;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The drawings on paper: every card of the booklet carries its position as vector paths (no
 * raster image anywhere), inside the margins, each drawing in a marked-content span whose /Alt is
 * its text alternative; a plan shows how each of its checks is done.
 */
class PictureSheetsTest {
    private static ContentRepository content;
    private static SheetComposer composer;
    private static Pictures pictures;
    private static final SheetPdf PDF = new SheetPdf(SheetPdfTest.CLOCK, new AtomicFileWriter());

    @BeforeAll
    static void load() throws Exception {
        SheetExportCliTest.assumeBundledContent();
        content = new ContentLoader().load(ContentSource.bundled());
        pictures = Pictures.bundled(id -> content.region(id).map(Region::rating));
        composer = new SheetComposer(content, new FigureLoader().load(content), Messages.english(), pictures);
    }

    /** The /Alt of every marked-content span on every page, in order. */
    private static List<String> alternatives(PdfReadBack back) throws IOException {
        List<String> alts = new ArrayList<>();
        for (PDPage page : back.document.getPages()) {
            PDFStreamParser parser = new PDFStreamParser(page);
            Object token;
            Object previous = null;
            while ((token = parser.parseNextToken()) != null) {
                if (token instanceof Operator op && op.getName().equals("BDC")) {
                    // The property list is inline or, as PDFBox writes it, named in the page's resources.
                    COSDictionary d = previous instanceof COSDictionary inline ? inline
                            : previous instanceof COSName name ? page.getResources().getProperties(name).getCOSObject() : null;
                    if (d != null) {
                        alts.add(d.getString(COSName.ALT));
                    }
                }
                previous = token;
            }
        }
        return alts;
    }

    private static int rasterImages(PdfReadBack back) throws IOException {
        int images = 0;
        for (PDPage page : back.document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.isImageXObject(name)) {
                    images++;
                }
            }
            DrawnOutsideFinder finder = new DrawnOutsideFinder(page, SheetLayout.MARGIN);
            finder.run();
            images += finder.images;
        }
        return images;
    }

    @Test
    void theBookletDrawsEveryCardsPositionAsVectorsWithItsTextAlternative() throws Exception {
        try (PdfReadBack back = new PdfReadBack(PDF.render(composer.booklet(), PaperSize.A4, SheetPdf.Progress.NONE))) {
            assertEquals(0, rasterImages(back), "no raster image: the drawings are paths");
            List<String> alts = alternatives(back);
            for (Technique t : content.techniques()) {
                List<Picture> drawn = pictures.forCard(t.id());
                assertTrue(!drawn.isEmpty(), t.id());
                for (Picture p : drawn) {
                    assertTrue(alts.contains(p.alt()), t.id() + ": its drawing's text alternative is in the PDF");
                }
            }
            assertEquals(List.of(), back.drawnOutside(SheetLayout.MARGIN));
        }
    }

    @Test
    void aCardSheetShowsItsPositionsWithTheirCaptions() throws Exception {
        try (PdfReadBack back = new PdfReadBack(PDF.render(composer.forIds(List.of("dead-bug")), PaperSize.LETTER,
                SheetPdf.Progress.NONE))) {
            String text = back.flatText();
            assertTrue(text.contains("Position"));
            for (Picture p : pictures.forCard("dead-bug")) {
                assertTrue(text.contains(p.label()), "caption " + p.label());
            }
            assertEquals(2, alternatives(back).size(), "two drawings, each marked with its text alternative");
            assertEquals(0, rasterImages(back));
        }
    }

    @Test
    void aPlanShowsHowEachCheckIsDone() throws Exception {
        PersonalPlan plan = new PersonalPlan("Your left/right plan", List.of("Release first: Calf, your left side."),
                List.of("Check", "Left", "Right"), List.of(List.of("Knee-to-wall", "11 cm", "7.5 cm")), List.of(), "",
                List.of("calf-left"), List.of("calf-roll"), List.of("knee-to-wall", "butterfly"),
                List.of("Knee-to-wall", "Butterfly (bent-knee fall-out)"));
        try (PdfReadBack back = new PdfReadBack(PDF.render(composer.plan(plan), PaperSize.A4, SheetPdf.Progress.NONE))) {
            String text = back.flatText();
            assertTrue(text.contains("How each check is done"));
            assertTrue(text.contains("Butterfly (bent-knee fall-out)"));
            List<String> alts = alternatives(back);
            assertTrue(alts.contains(pictures.forCheck("knee-to-wall").get(0).alt()));
            assertTrue(alts.contains(pictures.forCheck("butterfly").get(0).alt()));
            assertTrue(alts.contains(pictures.forCard("calf-roll").get(0).alt()), "and the card's own position");
            assertEquals(0, rasterImages(back));
            assertEquals(List.of(), back.drawnOutside(SheetLayout.MARGIN));
        }
    }
}

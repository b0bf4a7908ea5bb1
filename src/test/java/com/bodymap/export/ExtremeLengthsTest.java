package com.bodymap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.content.ContentRepository;
import com.bodymap.content.TextLimits;
import com.bodymap.model.Claim;
import com.bodymap.model.Dose;
import com.bodymap.model.Rating;
import com.bodymap.model.Region;
import com.bodymap.model.Technique;
import com.bodymap.model.View;
import com.bodymap.files.AtomicFileWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Content at every length the validator allows still prints: a card and a region page whose
 * title-block text (name, summary, title, tool, set-up, dose, regions) is at its limit, in title
 * case, laid out with the real font on both paper sizes. Without the limits, a long set-up or name
 * made the layout refuse the sheet ("too long for one page"); text made only of the widest letters
 * can still exceed a page, and is then refused with that plain message (SheetExportCommand).
 */
class ExtremeLengthsTest {

    /** Text as wide as real names get: title case, long words, brackets and commas. */
    private static String widest(int length) {
        String words = "Muscles Between The Shoulder Blades (Thoracic Erector Spinae, Rhomboids, Middle Trapezius) ";
        return words.repeat(length / words.length() + 1).substring(0, length);
    }

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void theLongestAllowedTextStillFitsTheTitleBlock(PaperSize paper) throws IOException {
        layOutEverySheet(composer(ExtremeLengthsTest::widest), paper);
    }

    /** Only the widest letter, at every limit, can still overflow a page: then export says so plainly (exit 1). */
    @Test
    void aSheetThatCannotBeLaidOutIsRefusedPlainly(@TempDir Path dir) {
        SheetComposer composer = composer(n -> ("W".repeat(8) + " ").repeat(n / 9 + 1).substring(0, n));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new SheetExportCommand(composer, new SheetPdf(Clock.systemUTC(), new AtomicFileWriter()),
                new PrintStream(OutputStream.nullOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run("card", dir.resolve("card.pdf"), PaperSize.A4);
        assertEquals(SheetExportCommand.CANNOT_LAY_OUT, code);
        assertEquals(1, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("body-map: the sheet cannot be laid out: the title of"));
        assertFalse(Files.exists(dir.resolve("card.pdf")));
    }

    private static SheetComposer composer(IntFunction<String> text) {
        List<Region> regions = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < TextLimits.REGIONS_PER_CARD; i++) {
            String id = "region-" + (char) ('a' + i);
            ids.add(id);
            regions.add(new Region(id, text.apply(TextLimits.NAME), i % 2 == 0 ? View.FRONT : View.BACK, true,
                    Rating.values()[i % 3], List.of(), text.apply(TextLimits.SUMMARY),
                    List.of(new Claim("Why.", List.of("review-2019"))), List.of(), List.of("card"), List.of(), List.of(), "Some."));
        }
        Technique card = new Technique("card", text.apply(TextLimits.NAME), text.apply(TextLimits.TOOL), text.apply(TextLimits.SETUP),
                List.of("Step."), new Dose(60, "side", null, null, text.apply(TextLimits.DOSE)), List.of(), List.of(), List.of(),
                ids, List.of("review-2019"), "Some.");
        ContentRepository content = new ContentRepository(regions, List.of(card), SheetFixtures.content().sources(),
                SheetFixtures.content().safety());
        return new SheetComposer(content, SheetFixtures.figures());
    }

    private static void layOutEverySheet(SheetComposer composer, PaperSize paper) throws IOException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < TextLimits.REGIONS_PER_CARD; i++) {
            ids.add("region-" + (char) ('a' + i));
        }
        try (PDDocument pdf = new PDDocument()) {
            SheetLayout layout = new SheetLayout(new SheetFonts(pdf), paper, LocalDate.of(2026, 1, 1));
            List<String> all = new ArrayList<>(ids);
            all.add("card");
            for (String id : all) {
                assertFalse(layout.layout(composer.forIds(List.of(id))).isEmpty(), id);
            }
            assertFalse(layout.layout(composer.forIds(List.of(SheetComposer.BOOKLET_ID))).isEmpty());
        } catch (UnknownSheetIdException e) {
            throw new AssertionError(e);
        }
    }
}

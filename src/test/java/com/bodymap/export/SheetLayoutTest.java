package com.bodymap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Checks the laid-out pages themselves: no heading left at a page foot, no overlapping lines. */
class SheetLayoutTest {
    private PDDocument pdf;
    private SheetFonts fonts;
    private final SheetComposer composer = new SheetComposer(SheetFixtures.content(), SheetFixtures.figures());

    @BeforeEach
    void fonts() throws IOException {
        pdf = new PDDocument();
        fonts = new SheetFonts(pdf);
    }

    @AfterEach
    void close() throws IOException {
        pdf.close();
    }

    private List<LaidOutPage> layout(SheetDocument doc) {
        return new SheetLayout(fonts, PaperSize.A4, LocalDate.of(2026, 3, 14)).layout(doc);
    }

    @Test
    void aHeadingIsNeverTheLastThingOnAPage() throws Exception {
        // Headings of every length of run-up: vary the filler so headings fall at every height.
        for (int filler = 0; filler < 40; filler++) {
            List<SheetBlock> blocks = new ArrayList<>();
            for (int i = 0; i < filler; i++) {
                blocks.add(new SheetBlock.Paragraph("Filler line " + i));
            }
            for (int s = 0; s < 6; s++) {
                blocks.add(new SheetBlock.Heading("Section " + s));
                blocks.add(new SheetBlock.ItemList(List.of("First item of section " + s, "Second item", "Third item"), false));
            }
            for (LaidOutPage page : layout(new SheetDocument("Headings", "", "A footnote.", blocks))) {
                DrawOp.Text last = lastBodyText(page);
                assertFalse(last.style() == FontStyle.BOLD && last.size() == SheetType.HEADING,
                        "filler " + filler + ": page " + page.number() + " ends with the heading '" + last.text() + "'");
            }
        }
    }

    @Test
    void linesNeverOverlap() throws Exception {
        for (LaidOutPage page : layout(composer.forIds(List.of("all", "lumbar-stretch")))) {
            List<DrawOp.Text> texts = page.ops().stream().filter(DrawOp.Text.class::isInstance).map(DrawOp.Text.class::cast).toList();
            for (int i = 0; i < texts.size(); i++) {
                for (int j = i + 1; j < texts.size(); j++) {
                    DrawOp.Text a = texts.get(i);
                    DrawOp.Text b = texts.get(j);
                    boolean sameLine = Math.abs(a.y() - b.y()) < 0.01;
                    boolean apartVertically = Math.abs(a.y() - b.y()) >= Math.min(a.size(), b.size()) * 0.95;
                    boolean apartHorizontally = a.x() + fonts.width(a.text(), a.style(), a.size()) <= b.x() + 0.01
                            || b.x() + fonts.width(b.text(), b.style(), b.size()) <= a.x() + 0.01;
                    assertTrue(apartVertically || apartHorizontally,
                            "page " + page.number() + ": '" + a.text() + "' overlaps '" + b.text() + "'" + (sameLine ? " on one line" : ""));
                }
            }
        }
    }

    @Test
    void everyLineFitsTheColumn() throws Exception {
        float right = PaperSize.LETTER.width() - SheetLayout.MARGIN;
        List<LaidOutPage> pages = new SheetLayout(fonts, PaperSize.LETTER, LocalDate.of(2026, 3, 14))
                .layout(composer.forIds(List.of("all")));
        for (LaidOutPage page : pages) {
            for (DrawOp op : page.ops()) {
                if (op instanceof DrawOp.Text t) {
                    assertTrue(t.x() + fonts.width(t.text(), t.style(), t.size()) <= right + 0.01, "too wide: " + t.text());
                }
            }
        }
    }

    @Test
    void aPageBreakStartsANewPageAndPagesKnowTheirCount() {
        SheetDocument doc = new SheetDocument("Two", "", "", List.of(new SheetBlock.Paragraph("one"),
                new SheetBlock.PageBreak(), new SheetBlock.Paragraph("two")));
        List<LaidOutPage> pages = layout(doc);
        assertEquals(2, pages.size());
        assertEquals(2, pages.get(0).count());
        assertTrue(pages.get(1).ops().stream().anyMatch(op -> op instanceof DrawOp.Text t && t.text().equals("two")));
        assertTrue(pages.get(1).ops().stream().anyMatch(op -> op instanceof DrawOp.Text t && t.text().equals("Page 2 of 2")));
    }

    @Test
    void aTableRowThatCannotFitMovesToTheNextPageWhole() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            rows.add(List.of("Row " + i, "A cell long enough to wrap onto a second line of its narrow column, row " + i));
        }
        List<LaidOutPage> pages = layout(new SheetDocument("Table", "", "",
                List.of(new SheetBlock.Table(List.of("Name", "Value"), rows, List.of(1.0, 1.0)))));
        assertTrue(pages.size() >= 2);
        for (LaidOutPage page : pages.subList(1, pages.size())) {
            DrawOp.Text first = firstBodyText(page);
            assertTrue(first.text().startsWith("Row "), "page " + page.number() + " starts mid-row with '" + first.text() + "'");
        }
    }

    @Test
    void aBoxThatGoesOverAPageIsFramedOnBothPagesAndKeepsNoLoneLine() {
        StringBuilder longText = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            longText.append("A warning sign worded at length so that the box runs on, number ").append(i).append("; ");
        }
        for (int filler = 20; filler < 50; filler += 3) {
            List<SheetBlock> blocks = new ArrayList<>();
            for (int i = 0; i < filler; i++) {
                blocks.add(new SheetBlock.Paragraph("Filler line " + i));
            }
            blocks.add(new SheetBlock.Callout("!", "Red flags", List.of(longText.toString(),
                    longText.substring(0, 300))));
            List<LaidOutPage> pages = layout(new SheetDocument("Box", "", "", blocks));
            assertTrue(pages.size() >= 2, "filler " + filler + ": the box should go over a page");
            Ink edge = Ink.strong(com.bodymap.model.Rating.AVOID);
            for (LaidOutPage page : pages) {
                List<DrawOp.Box> slices = page.ops().stream().filter(DrawOp.Box.class::isInstance).map(DrawOp.Box.class::cast)
                        .filter(b -> !edge.equals(b.fill()) && b.width() > 20).toList();
                if (slices.isEmpty()) {
                    continue;
                }
                float top = (float) slices.stream().mapToDouble(b -> b.y() + b.height()).max().orElseThrow();
                float bottom = (float) slices.stream().mapToDouble(DrawOp.Box::y).min().orElseThrow();
                List<DrawOp.Line> across = page.ops().stream().filter(DrawOp.Line.class::isInstance).map(DrawOp.Line.class::cast)
                        .filter(l -> edge.equals(l.ink()) && Math.abs(l.y1() - l.y2()) < 0.01).toList();
                assertTrue(across.stream().anyMatch(l -> Math.abs(l.y1() - top) < 0.01), "filler " + filler + ": page "
                        + page.number() + " shows the box without a top edge");
                assertTrue(across.stream().anyMatch(l -> Math.abs(l.y1() - bottom) < 0.01), "filler " + filler + ": page "
                        + page.number() + " shows the box without a bottom edge");
                long boxLines = bodyTexts(page).stream().filter(t -> t.size() == SheetType.NOTE).count();
                assertTrue(boxLines == 0 || boxLines >= 2, "filler " + filler + ": page " + page.number()
                        + " holds a lone line of the box");
            }
        }
    }

    @Test
    void theRunningHeaderNamesTheSheetOnThePage() throws Exception {
        String longTitle = "A document title long enough that it and a sheet title cannot share the header line of a page, "
                + "not even in the small type of the running header";
        SheetDocument doc = new SheetDocument(longTitle, "", "", List.of(
                new SheetBlock.Title("First sheet", "", List.of(), List.of(), List.of(), null), new SheetBlock.PageBreak(),
                new SheetBlock.Title("Second sheet", "", List.of(), List.of(), List.of(), null)));
        List<LaidOutPage> pages = layout(doc);
        assertEquals("Body Map \u00b7 First sheet", header(pages.get(0)), "the sheet's own title wins when both do not fit");
        assertEquals("Body Map \u00b7 Second sheet", header(pages.get(1)));
        List<LaidOutPage> booklet = layout(composer.booklet());
        assertEquals("Body Map \u00b7 Technique library", header(booklet.get(0)));
        assertTrue(booklet.stream().anyMatch(p -> header(p).equals("Body Map \u00b7 Technique library \u00b7 Glute roll")));
    }

    private static String header(LaidOutPage page) {
        return page.ops().stream().filter(DrawOp.Text.class::isInstance).map(DrawOp.Text.class::cast)
                .max((a, b) -> Float.compare(a.y(), b.y())).orElseThrow().text();
    }

    private static DrawOp.Text lastBodyText(LaidOutPage page) {
        List<DrawOp.Text> body = bodyTexts(page);
        return body.get(body.size() - 1);
    }

    private static DrawOp.Text firstBodyText(LaidOutPage page) {
        return bodyTexts(page).get(0);
    }

    /** Text between the running header and the footer, top to bottom. */
    private static List<DrawOp.Text> bodyTexts(LaidOutPage page) {
        return page.ops().stream().filter(DrawOp.Text.class::isInstance).map(DrawOp.Text.class::cast)
                .filter(t -> t.size() > SheetType.FOOTER + 0.6f)
                .sorted((a, b) -> Float.compare(b.y(), a.y())).toList();
    }

    @Test
    void everyPrintedFigureCarriesTheBodysLeftAndRightOnTheSidesTheyAreDrawnOn() throws Exception {
        int figures = 0;
        java.util.Set<com.bodymap.model.View> views = java.util.EnumSet.noneOf(com.bodymap.model.View.class);
        for (PaperSize paper : PaperSize.values()) {
            for (LaidOutPage page : new SheetLayout(fonts, paper, LocalDate.of(2026, 3, 14))
                    .layout(composer.forIds(List.of("all", "lumbar-spine", "it-band-left", "glute-roll")))) {
                for (DrawOp op : page.ops()) {
                    if (!(op instanceof DrawOp.Figure f)) {
                        continue;
                    }
                    figures++;
                    views.add(f.view().figure().view());
                    DrawOp.Text left = sideWord(page, f, "LEFT");
                    DrawOp.Text right = sideWord(page, f, "RIGHT");
                    // The front view faces the reader, so the body's right is on the reader's left.
                    boolean front = f.view().figure().view() == com.bodymap.model.View.FRONT;
                    assertEquals(front, right.x() < left.x(), "page " + page.number() + ", " + f.view().caption() + " view: RIGHT at "
                            + right.x() + ", LEFT at " + left.x());
                    assertTrue(left.size() >= SheetType.FOOTER && right.size() >= SheetType.FOOTER, "readable in print");
                }
            }
        }
        assertTrue(figures > 2 && views.size() == 2, "figures of both views were laid out: " + figures + " " + views);
    }

    /** The side word printed just under the figure, within its width. */
    private DrawOp.Text sideWord(LaidOutPage page, DrawOp.Figure f, String word) {
        return page.ops().stream().filter(DrawOp.Text.class::isInstance).map(DrawOp.Text.class::cast)
                .filter(t -> t.text().equals(word) && t.y() < f.y() && t.y() > f.y() - 16
                        && t.x() >= f.x() - 0.01 && t.x() + fonts.width(t.text(), t.style(), t.size()) <= f.x() + f.width() + 0.01)
                .findFirst().orElseThrow(() -> new AssertionError("page " + page.number() + ": no " + word + " under the "
                        + f.view().caption() + " figure"));
    }
}

package com.bodymap.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads a rendered PDF back with PDFBox, the way the tests check what was printed. */
final class PdfReadBack implements AutoCloseable {
    final PDDocument document;

    PdfReadBack(byte[] pdf) throws IOException {
        document = Loader.loadPDF(pdf);
    }

    int pages() {
        return document.getNumberOfPages();
    }

    String text() throws IOException {
        return new PDFTextStripper().getText(document);
    }

    String pageText(int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    /** Text with line breaks and repeated spaces folded, so wrapped sentences can be searched whole. */
    String flatText() throws IOException {
        return text().replaceAll("\\s+", " ");
    }

    /**
     * The characters as the PDF maps its glyphs, before PDFBox's text stripper folds ligatures
     * such as U+FB02 back into letters: what poppler's pdftotext, a PDF viewer's search or a copy
     * and paste would see.
     */
    String rawUnicode() throws IOException {
        StringBuilder raw = new StringBuilder();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                raw.append(text.getUnicode());
            }
        };
        stripper.getText(document);
        return raw.toString();
    }

    List<String> drawnOutside(float margin) throws IOException {
        List<String> problems = new ArrayList<>();
        int n = 1;
        for (PDPage page : document.getPages()) {
            for (String p : new DrawnOutsideFinder(page, margin).run()) {
                problems.add("page " + n + ": " + p);
            }
            n++;
        }
        return problems;
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}

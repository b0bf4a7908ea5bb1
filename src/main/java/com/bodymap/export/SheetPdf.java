package com.bodymap.export;

import com.bodymap.i18n.Messages;
import com.bodymap.files.AtomicFileWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Renders a sheet document as a PDF with Apache PDFBox: selectable text in the embedded DejaVu
 * Sans, vector figures, the document title and metadata. No JavaFX, so the command line can use it
 * without a display.
 */
public final class SheetPdf {
    private final Clock clock;
    private final AtomicFileWriter writer;
    private final Messages messages;
    private final Locale language;

    /** PDFs with English page words, declared as English. */
    public SheetPdf(Clock clock, AtomicFileWriter writer) {
        this(clock, writer, Messages.english(), Locale.ENGLISH);
    }

    /** {@code messages} word the pages' header and footer; the document is declared in their language. */
    public SheetPdf(Clock clock, AtomicFileWriter writer, Messages messages) {
        this(clock, writer, messages, Locale.forLanguageTag(messages.locale().getLanguage()));
    }

    /** English page words; {@code language} is the language of the sheets' text, declared in each PDF. */
    public SheetPdf(Clock clock, AtomicFileWriter writer, Locale language) {
        this(clock, writer, Messages.english(), language);
    }

    /**
     * {@code messages} word the pages' header and footer ("Seite 1 von 2"); {@code language} is the
     * language of the sheets' text (the content's), declared in each PDF for screen readers and search.
     */
    public SheetPdf(Clock clock, AtomicFileWriter writer, Messages messages, Locale language) {
        this.clock = clock;
        this.writer = writer;
        this.messages = messages;
        this.language = language;
    }

    /** Reports pages as they are drawn, for progress bars. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void pageDone(int done, int total);
    }

    /** The PDF as bytes: what the preview shows, the printer prints and "Save as PDF" writes. */
    public byte[] render(SheetDocument sheet, PaperSize paper, Progress progress) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            build(pdf, sheet, paper, progress);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }

    /** Writes the PDF to a file, replacing it only once the whole PDF is written. Returns the page count. */
    public int save(SheetDocument sheet, PaperSize paper, Path target, Progress progress) throws IOException {
        byte[] bytes = render(sheet, paper, progress);
        writer.write(target, bytes);
        return pageCount(bytes);
    }

    private static int pageCount(byte[] pdf) throws IOException {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    private void build(PDDocument pdf, SheetDocument sheet, PaperSize paper, Progress progress) throws IOException {
        SheetFonts fonts = new SheetFonts(pdf);
        List<LaidOutPage> pages = new SheetLayout(fonts, paper, LocalDate.now(clock), messages).layout(sheet);
        PdfPagePainter painter = new PdfPagePainter(fonts, new FigurePainter(new SvgPathParser()));
        PDRectangle size = new PDRectangle(paper.width(), paper.height());
        for (LaidOutPage page : pages) {
            PDPage pdPage = new PDPage(size);
            pdf.addPage(pdPage);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, pdPage)) {
                painter.paint(cs, page);
            }
            progress.pageDone(page.number(), page.count());
        }
        describe(pdf, sheet);
    }

    private void describe(PDDocument pdf, SheetDocument sheet) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(sheet.title());
        info.setAuthor("Body Map");
        info.setSubject(sheet.subject());
        info.setCreator("Body Map");
        info.setKeywords(messages.text("sheet.keywords"));
        Calendar now = new GregorianCalendar(TimeZone.getTimeZone(clock.getZone()));
        now.setTimeInMillis(clock.millis());
        info.setCreationDate(now);
        info.setModificationDate(now);
        pdf.getDocumentCatalog().setLanguage(language.toLanguageTag());
        // Viewers show the title rather than the file name in their title bar.
        PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        prefs.setDisplayDocTitle(true);
        pdf.getDocumentCatalog().setViewerPreferences(prefs);
    }
}

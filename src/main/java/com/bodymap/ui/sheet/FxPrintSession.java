package com.bodymap.ui.sheet;

import com.bodymap.export.PaperSize;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import javafx.print.PageLayout;
import javafx.print.PageRange;
import javafx.print.PrintResolution;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;

/**
 * Prints a sheet PDF through a JavaFX {@link PrinterJob}. JavaFX prints nodes, so each page is
 * rendered from the PDF at the printer's resolution (at most 300 dpi, to bound memory) and printed
 * as an image. When the paper matches the PDF's page the image is cropped to the printable area,
 * so the sheet prints at its real size; otherwise the page is scaled to fit.
 *
 * <p>All pages of a job are drawn into one image, reused: JavaFX's printing pipeline keeps a
 * texture for every image it prints in a static cache that it only clears the next time it
 * prints, so an image per page (35 MB each at 300 dpi on A4) stayed on the heap after the job,
 * the whole job's worth (issue 13's soak: 70 MB after a two-page sheet). A reused image leaves
 * one texture, updated page by page.
 */
final class FxPrintSession implements SheetPrinter.PrintSession {
    private static final float MAX_DPI = 300;
    private static final float MIN_DPI = 150;

    private final PrinterJob job;

    FxPrintSession(PrinterJob job) {
        this.job = job;
    }

    @Override
    public String printerName() {
        return job.getPrinter().getName();
    }

    @Override
    public PaperSize paper() {
        var paper = job.getJobSettings().getPageLayout().getPaper();
        return PaperSize.closestTo(paper.getWidth(), paper.getHeight());
    }

    @Override
    public void print(byte[] pdf, SheetPrinter.Progress progress, BooleanSupplier cancelled) throws SheetPrinter.PrintFailedException {
        try (PageImages pages = new PageImages(pdf)) {
            PageLayout layout = job.getJobSettings().getPageLayout();
            float dpi = dpi();
            List<Integer> chosen = chosenPages(pages.count());
            WritableImage[] reused = new WritableImage[1];
            for (int n = 0; n < chosen.size(); n++) {
                if (cancelled.getAsBoolean()) {
                    job.cancelJob();
                    return;
                }
                int index = chosen.get(n);
                ImageView node = pageNode(pages, index, dpi, layout, reused);
                if (!job.printPage(layout, node)) {
                    throw failed("the printer did not accept page " + (index + 1));
                }
                progress.pageSent(n + 1, chosen.size());
            }
            if (!job.endJob()) {
                throw failed("the printer did not accept the job");
            }
        } catch (IOException e) {
            job.cancelJob();
            throw new SheetPrinter.PrintFailedException("a page could not be prepared: " + e.getMessage());
        }
    }

    private SheetPrinter.PrintFailedException failed(String what) {
        job.cancelJob();
        return new SheetPrinter.PrintFailedException(what + " (" + job.getJobStatus().toString().toLowerCase() + ")");
    }

    /** The page indexes chosen in the print dialog ("pages 2 to 3"), or all of them. */
    private List<Integer> chosenPages(int count) {
        PageRange[] ranges = job.getJobSettings().getPageRanges();
        if (ranges == null || ranges.length == 0) {
            return IntStream.range(0, count).boxed().toList();
        }
        List<Integer> pages = new ArrayList<>();
        for (PageRange r : ranges) {
            for (int p = Math.max(1, r.getStartPage()); p <= Math.min(count, r.getEndPage()); p++) {
                pages.add(p - 1);
            }
        }
        return pages;
    }

    private float dpi() {
        PrintResolution r = job.getJobSettings().getPrintResolution();
        float dpi = r == null ? MAX_DPI : Math.min(r.getFeedResolution(), r.getCrossFeedResolution());
        return Math.max(MIN_DPI, Math.min(MAX_DPI, dpi));
    }

    private static ImageView pageNode(PageImages pages, int index, float dpi, PageLayout layout, WritableImage[] reused)
            throws IOException {
        BufferedImage image = pages.renderAwt(index, dpi);
        float[] size = pages.pageSize(index);
        double paperWidth = layout.getPaper().getWidth();
        double paperHeight = layout.getPaper().getHeight();
        double w = layout.getPrintableWidth();
        double h = layout.getPrintableHeight();
        boolean sameSize = Math.abs(paperWidth - size[0]) < 3 && Math.abs(paperHeight - size[1]) < 3;
        if (sameSize) {
            // Keep only what falls inside the printable area, at its real position on the paper.
            double scale = dpi / 72.0;
            int x = (int) Math.round(layout.getLeftMargin() * scale);
            int y = (int) Math.round(layout.getTopMargin() * scale);
            int cw = Math.min(image.getWidth() - x, (int) Math.round(w * scale));
            int ch = Math.min(image.getHeight() - y, (int) Math.round(h * scale));
            image = image.getSubimage(x, y, cw, ch);
            w = cw / scale;
            h = ch / scale;
        }
        // printPage returns once the page is drawn, so the next page may overwrite the image.
        reused[0] = PageImages.toFx(image, reused[0]);
        ImageView view = new ImageView(reused[0]);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setFitWidth(w);
        view.setFitHeight(h);
        return view;
    }
}

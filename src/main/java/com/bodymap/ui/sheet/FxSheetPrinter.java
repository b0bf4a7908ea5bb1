package com.bodymap.ui.sheet;

import com.bodymap.export.PaperSize;
import java.util.Comparator;
import java.util.Optional;
import javafx.print.PageOrientation;
import javafx.print.PageRange;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.stage.Window;

/** Printing through JavaFX: the system's print dialog, then {@link FxPrintSession}. */
public final class FxSheetPrinter implements SheetPrinter {
    private final Window owner;

    public FxSheetPrinter(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<PrintSession> choose(String jobName, PaperSize paper, int pages) throws NoPrinterException {
        // With no system default (common on a fresh CUPS), start from the first printer; the user
        // can pick another in the dialog.
        Printer start = Printer.getDefaultPrinter();
        if (start == null) {
            start = Printer.getAllPrinters().stream().min(Comparator.comparing(Printer::getName)).orElseThrow(NoPrinterException::new);
        }
        PrinterJob job = PrinterJob.createPrinterJob(start);
        if (job == null) {
            throw new NoPrinterException();
        }
        prepare(job, jobName, paper);
        if (pages > 0) {
            job.getJobSettings().setPageRanges(new PageRange(1, pages));
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return Optional.empty();
        }
        return Optional.of(new FxPrintSession(job));
    }

    /** A session for a given printer with no dialog: what the real-printer test uses. */
    public PrintSession sessionFor(Printer printer, String jobName, PaperSize paper) throws NoPrinterException {
        PrinterJob job = PrinterJob.createPrinterJob(printer);
        if (job == null) {
            throw new NoPrinterException();
        }
        prepare(job, jobName, paper);
        return new FxPrintSession(job);
    }

    private static void prepare(PrinterJob job, String jobName, PaperSize paper) {
        job.getJobSettings().setJobName(jobName);
        Printer printer = job.getPrinter();
        Paper fxPaper = paper == PaperSize.LETTER ? Paper.NA_LETTER : Paper.A4;
        if (printer.getPrinterAttributes().getSupportedPapers().contains(fxPaper)) {
            job.getJobSettings().setPageLayout(printer.createPageLayout(fxPaper, PageOrientation.PORTRAIT, Printer.MarginType.HARDWARE_MINIMUM));
        }
    }
}

package com.bodymap.ui.sheet;

import com.bodymap.export.PaperSize;
import java.util.Optional;

/**
 * The printer as the preview sees it: ask the user for a printer and its settings, then print.
 * The real one uses JavaFX printing; tests use their own.
 */
public interface SheetPrinter {

    /**
     * Shows the system's print dialog, set up for {@code paper} and pages 1 to {@code pages}.
     * Empty when the user cancels.
     *
     * @throws NoPrinterException when this computer has no printer at all
     */
    Optional<PrintSession> choose(String jobName, PaperSize paper, int pages) throws NoPrinterException;

    /** Thrown when there is no printer to choose. */
    final class NoPrinterException extends Exception {
        public NoPrinterException() {
            super("none");
        }
    }

    /** Thrown when the printer refuses a page or the job. */
    final class PrintFailedException extends Exception {
        /** What was refused; {@link #OTHER} carries the printer's own words as the message. */
        public enum Kind { PAGE_REFUSED, JOB_REFUSED, PAGE_NOT_PREPARED, OTHER }

        private final Kind kind;
        private final int page;
        private final String detail;

        /** A failure in the printer's or system's own words. */
        public PrintFailedException(String message) {
            this(Kind.OTHER, 0, message);
        }

        /** {@code page} counts from 1 (0 when not about a page); {@code detail}: the job's status or the error. */
        public PrintFailedException(Kind kind, int page, String detail) {
            super(kind == Kind.OTHER ? detail : kind.name().toLowerCase(java.util.Locale.ROOT) + " " + page + ": " + detail);
            this.kind = kind;
            this.page = page;
            this.detail = detail;
        }

        public Kind kind() {
            return kind;
        }

        public int page() {
            return page;
        }

        public String detail() {
            return detail;
        }
    }

    /** One print job, after the dialog. {@link #print} runs on a background thread. */
    interface PrintSession {
        String printerName();

        /** A4 or Letter, whichever is nearer to the paper chosen in the dialog. */
        PaperSize paper();

        /**
         * Prints the PDF's pages (those chosen in the dialog, or all); stops and cancels the job
         * when {@code cancelled} says so.
         */
        void print(byte[] pdf, Progress progress, java.util.function.BooleanSupplier cancelled) throws PrintFailedException;
    }

    /** Pages sent so far. */
    @FunctionalInterface
    interface Progress {
        void pageSent(int done, int total);
    }
}

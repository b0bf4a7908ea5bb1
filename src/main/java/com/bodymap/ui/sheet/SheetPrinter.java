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
            super("no printer is set up on this computer");
        }
    }

    /** Thrown when the printer refuses a page or the job. */
    final class PrintFailedException extends Exception {
        public PrintFailedException(String message) {
            super(message);
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

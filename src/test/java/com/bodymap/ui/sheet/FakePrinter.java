package com.bodymap.ui.sheet;

import com.bodymap.export.PaperSize;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** A printer for view-model tests: absent, cancelled, failing, or recording what it printed. */
final class FakePrinter implements SheetPrinter {
    enum Behaviour { NONE, CANCEL, PRINT, FAIL, STOP_AFTER_FIRST_PAGE }

    Behaviour behaviour = Behaviour.PRINT;
    PaperSize paperInDialog;
    final List<byte[]> printed = new ArrayList<>();
    String askedJob;
    PaperSize askedPaper;
    int askedPages;

    @Override
    public Optional<PrintSession> choose(String jobName, PaperSize paper, int pages) throws NoPrinterException {
        askedJob = jobName;
        askedPaper = paper;
        askedPages = pages;
        return switch (behaviour) {
            case NONE -> throw new NoPrinterException();
            case CANCEL -> Optional.empty();
            default -> Optional.of(new Session(paperInDialog == null ? paper : paperInDialog));
        };
    }

    private final class Session implements PrintSession {
        private final PaperSize paper;

        Session(PaperSize paper) {
            this.paper = paper;
        }

        @Override
        public String printerName() {
            return "Fake";
        }

        @Override
        public PaperSize paper() {
            return paper;
        }

        @Override
        public void print(byte[] pdf, Progress progress, BooleanSupplier cancelled) throws PrintFailedException {
            if (behaviour == Behaviour.FAIL) {
                throw new PrintFailedException("the printer is out of paper");
            }
            printed.add(pdf);
            progress.pageSent(1, 2);
            if (behaviour == Behaviour.STOP_AFTER_FIRST_PAGE) {
                // What a user pressing Stop does between pages.
                stopper.run();
                if (cancelled.getAsBoolean()) {
                    return;
                }
            }
            progress.pageSent(2, 2);
        }
    }

    Runnable stopper = () -> { };
}

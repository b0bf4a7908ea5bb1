package com.bodymap.export;

import com.bodymap.i18n.ErrorWording;
import com.bodymap.i18n.Messages;
import com.bodymap.files.OutputTarget;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * {@code --export-sheet ID[,ID...] --out FILE.pdf}: writes the sheets for the given ids as one
 * PDF, with no display and no JavaFX.
 */
public final class SheetExportCommand {
    public static final int OK = 0;
    public static final int UNKNOWN_ID = 2;
    public static final int CANNOT_WRITE = 3;
    /** The content is valid but cannot be printed as it is: a content problem, like broken content. */
    public static final int CANNOT_LAY_OUT = 1;

    private final SheetComposer composer;
    private final SheetPdf pdf;
    private final PrintStream out;
    private final PrintStream err;
    private final Messages messages;

    /** Reports in English. */
    public SheetExportCommand(SheetComposer composer, SheetPdf pdf, PrintStream out, PrintStream err) {
        this(composer, pdf, out, err, Messages.english());
    }

    /** {@code messages} word what is printed to {@code out} and {@code err}. */
    public SheetExportCommand(SheetComposer composer, SheetPdf pdf, PrintStream out, PrintStream err, Messages messages) {
        this.composer = composer;
        this.pdf = pdf;
        this.out = out;
        this.err = err;
        this.messages = messages;
    }

    public int run(String idList, Path target, PaperSize paper) {
        return run(idList, target, paper, false);
    }

    /** {@code force} replaces a read-only file; a link, device or pipe is never replaced. */
    public int run(String idList, Path target, PaperSize paper, boolean force) {
        try {
            OutputTarget.check(target, force);
        } catch (IOException e) {
            err.println(messages.text("cli.export.cannotWrite", new ErrorWording(messages).cannotWrite(target, e)));
            return CANNOT_WRITE;
        }
        List<String> ids = Arrays.stream(idList.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (ids.isEmpty()) {
            err.println(messages.text("cli.export.noIds"));
            return UNKNOWN_ID;
        }
        SheetDocument sheet;
        try {
            sheet = composer.forIds(ids);
        } catch (UnknownSheetIdException e) {
            err.println(messages.text("cli.export.unknownIds", e.ids().size(),
                    String.join(", ", e.ids().stream().map(id -> "'" + id + "'").toList())));
            return UNKNOWN_ID;
        }
        try {
            int pages = pdf.save(sheet, paper, target, SheetPdf.Progress.NONE);
            out.println(messages.text("cli.export.wrote", pages, paper.label(), target.toString()));
            return OK;
        } catch (IOException e) {
            err.println(messages.text("cli.export.cannotWrite", new ErrorWording(messages).cannotWrite(target, e)));
            return CANNOT_WRITE;
        } catch (IllegalArgumentException e) {
            // The layout refuses text that cannot fit its page (a title block taller than a page).
            err.println(messages.text("cli.export.cannotLayOut", String.valueOf(e.getMessage())));
            return CANNOT_LAY_OUT;
        }
    }
}

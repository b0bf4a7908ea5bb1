package com.bodymap.i18n;

import com.bodymap.files.ErrorLog;
import com.bodymap.files.WriteProblem;

/**
 * Failures in words: why a file could not be written ("no space left on the disk"), where an
 * internal error's details were kept ("details are in /home/…/log.txt").
 */
public final class ErrorWording {
    private final Messages messages;

    public ErrorWording(Messages messages) {
        this.messages = messages;
    }

    public String where(ErrorLog.Where details) {
        return details.file() != null ? messages.text("internalError.detailsIn", details.file().toString())
                : messages.text("internalError.detailsLost", details.failure());
    }

    /** "Cannot write FILE: REASON." for a file that could not be written, or was refused. */
    public String cannotWrite(java.nio.file.Path target, Throwable failure) {
        return messages.text("writeProblem.cannotWrite", target.toString(), reason(failure));
    }

    /** Why {@code failure} kept a file from being written, in plain words. */
    public String reason(Throwable failure) {
        if (failure instanceof com.bodymap.files.OutputTarget.RefusedException r) {
            return messages.label(r.refusal());
        }
        WriteProblem.Reason r = WriteProblem.of(failure);
        if (r.kind() == WriteProblem.Kind.OTHER) {
            return r.detail() == null ? messages.text("writeProblem.unexpected") : r.detail();
        }
        return messages.label(r.kind());
    }
}

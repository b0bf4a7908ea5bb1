package com.bodymap.i18n;

import com.bodymap.files.ErrorLog;

/** Where an internal error's details were kept, in words: "details are in /home/…/log.txt". */
public final class ErrorWording {
    private final Messages messages;

    public ErrorWording(Messages messages) {
        this.messages = messages;
    }

    public String where(ErrorLog.Where details) {
        return details.file() != null ? messages.text("internalError.detailsIn", details.file().toString())
                : messages.text("internalError.detailsLost", details.failure());
    }
}

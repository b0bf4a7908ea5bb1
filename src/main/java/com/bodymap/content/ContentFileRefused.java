package com.bodymap.content;

import java.io.IOException;

/** A content file that is not read at all: not an ordinary file, outside its folder, or too large. */
public final class ContentFileRefused extends IOException {
    public ContentFileRefused(String plainReason) {
        super(plainReason);
    }
}

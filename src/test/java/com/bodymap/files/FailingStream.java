package com.bodymap.files;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Stands in for a disk that fills up: writes the first {@code limit} bytes, then fails. */
public final class FailingStream extends FilterOutputStream {
    private int left;

    public FailingStream(OutputStream out, int limit) {
        super(out);
        this.left = limit;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        int now = Math.min(len, left);
        out.write(b, off, now);
        left -= now;
        if (now < len) {
            out.flush();
            throw new IOException("No space left on device");
        }
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }
}

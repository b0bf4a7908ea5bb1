package com.bodymap.content;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Opens content files safely. A file is read only when it is an ordinary file inside its folder,
 * checked before it is opened: a symbolic link may point within the folder but never out of it,
 * and a pipe, device or socket is refused rather than opened, because opening a pipe blocks until
 * something writes to it. Every stream stops at {@link ContentJson#MAX_FILE_BYTES}.
 */
final class ContentFiles {
    private ContentFiles() {
    }

    static InputStream openInFolder(Path root, String name) throws IOException {
        Path folder = root.toRealPath();
        Path file = folder.resolve(name);
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attrs.isSymbolicLink()) {
            Path target = file.toRealPath();
            if (!target.startsWith(folder)) {
                throw new ContentFileRefused("is a link to " + target + ", outside the content folder; "
                        + "copy the file into the folder instead");
            }
            file = target;
            attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        }
        if (attrs.isDirectory()) {
            throw new ContentFileRefused("is a folder, not a file");
        }
        if (!attrs.isRegularFile()) {
            throw new ContentFileRefused("is not an ordinary file (it is a pipe, a device or a socket), so it is not read");
        }
        if (attrs.size() > ContentJson.MAX_FILE_BYTES) {
            throw tooLarge();
        }
        return bounded(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS));
    }

    static ContentFileRefused tooLarge() {
        return new ContentFileRefused("is too large (more than " + ContentJson.MAX_FILE_BYTES / (1024 * 1024)
                + " MB), so it is not read");
    }

    /** Stops reading past the size cap, for a file that grows while it is read or a resource of unknown size. */
    static InputStream bounded(InputStream in) {
        return new FilterInputStream(in) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            private void count(int n) throws ContentFileRefused {
                read += n;
                if (read > ContentJson.MAX_FILE_BYTES) {
                    throw tooLarge();
                }
            }
        };
    }
}

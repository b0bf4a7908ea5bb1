package com.bodymap.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where the content files (regions.json, techniques.json, sources.json, safety.json) are read
 * from: the bundled {@code assets/content/} on the classpath, or a clinic's own folder on disk.
 */
public interface ContentSource {

    /**
     * Opens a content file by name ("regions.json"). A file that is not an ordinary file inside the
     * folder, or is too large, is refused with a {@link ContentFileRefused} saying why.
     */
    InputStream open(String name) throws IOException;

    /** How to name a file in messages, so the user can find it. */
    String describe(String name);

    static ContentSource bundled() {
        return new ContentSource() {
            @Override
            public InputStream open(String name) throws IOException {
                InputStream in = ContentSource.class.getResourceAsStream("/assets/content/" + name);
                if (in == null) {
                    throw new NoSuchFileException("assets/content/" + name);
                }
                return ContentFiles.bounded(in);
            }

            @Override
            public String describe(String name) {
                return "assets/content/" + name;
            }
        };
    }

    static ContentSource folder(Path root) {
        return new ContentSource() {
            @Override
            public InputStream open(String name) throws IOException {
                return ContentFiles.openInFolder(root, name);
            }

            @Override
            public String describe(String name) {
                return root.resolve(name).toString();
            }
        };
    }
}

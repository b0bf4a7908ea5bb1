package com.bodymap.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Builds content folders for tests: the valid fixture, with one broken file laid over it from
 * fixtures/NAME/, so each fixture holds exactly the one error it is about.
 */
public final class ContentFixtures {
    private static final String[] FILES = {"regions.json", "techniques.json", "sources.json", "safety.json"};

    private ContentFixtures() {
    }

    public static Path folder(Path dir, String fixture) throws IOException {
        copy("valid", dir);
        if (!fixture.equals("valid")) {
            copy(fixture, dir);
        }
        return dir;
    }

    private static void copy(String fixture, Path dir) throws IOException {
        for (String name : FILES) {
            try (InputStream in = ContentFixtures.class.getResourceAsStream("/fixtures/" + fixture + "/" + name)) {
                if (in != null) {
                    Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}

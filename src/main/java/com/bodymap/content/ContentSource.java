package com.bodymap.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where the content files (regions.json, techniques.json, sources.json, safety.json) are read
 * from: the bundled {@code assets/content/} on the classpath, or a clinic's own folder on disk.
 * Translations are in a subfolder per language, opened by name ("de/regions.json").
 */
public interface ContentSource {

    /**
     * Opens a content file by name ("regions.json"). A file that is not an ordinary file inside the
     * folder, or is too large, is refused with a {@link ContentFileRefused} saying why.
     */
    InputStream open(String name) throws IOException;

    /** How to name a file in messages, so the user can find it. */
    String describe(String name);

    /** A translation folder's name: a language, and optionally a country ("de", "de-CH"). */
    Pattern LANGUAGE_FOLDER = Pattern.compile("[a-z]{2,3}(-[A-Z]{2})?");

    /** The translations beside the English files: the names of the language subfolders ("de"); none unless said. */
    default List<String> languages() {
        return List.of();
    }

    static ContentSource bundled() {
        return classpath("assets/content");
    }

    /** Files bundled in the build under {@code folder} ("assets/checks"). */
    static ContentSource classpath(String folder) {
        return new ContentSource() {
            @Override
            public InputStream open(String name) throws IOException {
                InputStream in = ContentSource.class.getResourceAsStream("/" + folder + "/" + name);
                if (in == null) {
                    throw new NoSuchFileException(folder + "/" + name);
                }
                return ContentFiles.bounded(in);
            }

            @Override
            public String describe(String name) {
                return folder + "/" + name;
            }

            @Override
            public List<String> languages() {
                // A class path cannot be listed: ask for each language there is.
                return Arrays.stream(Locale.getISOLanguages())
                        .filter(l -> ContentSource.class.getResource("/" + folder + "/" + l) != null).sorted().toList();
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

            @Override
            public List<String> languages() {
                try (Stream<Path> children = Files.list(root)) {
                    return children.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                            .filter(n -> LANGUAGE_FOLDER.matcher(n).matches()).sorted().toList();
                } catch (IOException e) {
                    return List.of();
                }
            }
        };
    }
}

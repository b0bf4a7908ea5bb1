package com.bodymap.ui.about;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Opens a folder in the system's file manager (xdg-open, open, explorer). */
public interface FolderOpener {

    /** Opens the folder, creating it first if it is missing; throws when the system cannot. */
    void open(Path folder) throws IOException;

    static FolderOpener system() {
        return folder -> {
            Files.createDirectories(folder);
            String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            List<String> command = os.startsWith("windows") ? List.of("explorer", folder.toString())
                    : os.startsWith("mac") ? List.of("open", folder.toString())
                    : List.of("xdg-open", folder.toString());
            new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        };
    }
}

package com.bodymap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The export package renders PDFs on the command line without a display: it must not use JavaFX. */
class ExportIndependenceTest {

    @Test
    void exportSourcesImportNoJavaFxAndNoUi() throws IOException {
        Path dir = Path.of("src/main/java/com/bodymap/export");
        try (Stream<Path> files = Files.list(dir)) {
            List<String> offenders = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    String s = Files.readString(f);
                    return s.contains("import javafx.") || s.contains("import com.bodymap.ui.") || s.contains("import java.awt.")
                            && !s.contains("java.awt.geom");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).map(f -> f.getFileName().toString()).toList();
            assertEquals(List.of(), offenders);
        }
    }
}

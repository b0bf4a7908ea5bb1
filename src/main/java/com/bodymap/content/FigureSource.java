package com.bodymap.content;

import com.bodymap.model.View;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where the figure files ({@code front.json}, {@code back.json}) are read from: the bundled
 * {@code assets/figure/}, or a clinic edition's own {@code figure/} folder inside its content
 * folder. A clinic figure is checked in full when it is loaded, as the build checks the bundled one.
 */
public interface FigureSource {

    InputStream open(View view) throws IOException;

    /** How to name a view's file in messages. */
    String describe(View view);

    /** True for the clinic's own figure, whose geometry has not been checked by the build. */
    boolean isClinicFigure();

    static FigureSource bundled() {
        return new FigureSource() {
            @Override
            public InputStream open(View view) throws IOException {
                InputStream in = FigureSource.class.getResourceAsStream("/" + describe(view));
                if (in == null) {
                    throw new NoSuchFileException(describe(view));
                }
                return in;
            }

            @Override
            public String describe(View view) {
                return "assets/figure/" + view.key() + ".json";
            }

            @Override
            public boolean isClinicFigure() {
                return false;
            }
        };
    }

    /** The figure in {@code contentDir/figure/} when that folder exists, else the bundled one. */
    static FigureSource forContent(Path contentDir) {
        if (contentDir == null || !Files.isDirectory(contentDir.resolve("figure"))) {
            return bundled();
        }
        Path dir = contentDir.resolve("figure");
        return new FigureSource() {
            @Override
            public InputStream open(View view) throws IOException {
                return ContentFiles.openInFolder(dir, view.key() + ".json"); // ordinary files in the folder only
            }

            @Override
            public String describe(View view) {
                return dir.resolve(view.key() + ".json").toString();
            }

            @Override
            public boolean isClinicFigure() {
                return true;
            }
        };
    }
}

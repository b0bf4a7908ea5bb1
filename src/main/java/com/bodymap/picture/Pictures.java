package com.bodymap.picture;

import com.bodymap.model.Rating;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The drawings of the cards and checks. The poses are read the first time a drawing is asked for,
 * not at start-up, and each drawing is drawn only when a view or a sheet needs it.
 */
public final class Pictures {
    /** Width over height of every drawing's box, so tiles and sheets line up. */
    public static final double ASPECT = 1.5;

    private final Supplier<Loaded> loader;
    private Loaded loaded;

    private record Loaded(PictureBook book, SketchRenderer renderer) {
    }

    private Pictures(Supplier<Loaded> loader) {
        this.loader = loader;
    }

    /** The bundled drawings, with target areas coloured by {@code ratings} (a region's rating by id). */
    public static Pictures bundled(Function<String, Optional<Rating>> ratings) {
        return bundled(ratings, Locale.ENGLISH);
    }

    /** The same, with captions and text alternatives in the locale's language where they are translated. */
    public static Pictures bundled(Function<String, Optional<Rating>> ratings, Locale locale) {
        return new Pictures(() -> {
            PictureLoader files = new PictureLoader();
            return new Loaded(files.poses(locale), new SketchRenderer(files.body(), ratings));
        });
    }

    /** No drawings at all: views and sheets show none. */
    public static Pictures none() {
        return new Pictures(() -> new Loaded(PictureBook.EMPTY, null));
    }

    public List<Picture> forCard(String techniqueId) {
        return wrap(book().book().cards().get(techniqueId));
    }

    public List<Picture> forCheck(String checkId) {
        return wrap(book().book().checks().get(checkId));
    }

    private List<Picture> wrap(List<PictureSpec> specs) {
        if (specs == null) {
            return List.of();
        }
        SketchRenderer renderer = book().renderer();
        return specs.stream().map(s -> new Picture(s, renderer)).toList();
    }

    /** The box proportions for drawings shown side by side: the tallest of theirs, so their boxes line up. */
    public static double commonAspect(List<Picture> pictures) {
        return pictures.stream().mapToDouble(Picture::aspect).min().orElse(ASPECT);
    }

    private synchronized Loaded book() {
        if (loaded == null) {
            loaded = loader.get();
        }
        return loaded;
    }
}

package com.bodymap.app;

import com.bodymap.cli.Arguments;
import com.bodymap.content.CheckLoader;
import com.bodymap.content.ContentException;
import com.bodymap.content.ContentLoader;
import com.bodymap.content.ContentRepository;
import com.bodymap.content.ContentSource;
import com.bodymap.content.FigureLoader;
import com.bodymap.content.FigureSource;
import com.bodymap.model.Figure;
import com.bodymap.model.View;
import com.bodymap.model.check.CheckCatalog;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Loads and checks the content on its own thread while the JavaFX toolkit starts, so the two
 * overlap instead of adding up; the window asks for the result when it needs it.
 */
public final class ContentPreload {
    /** Everything the main window needs from the content folder. */
    public record Loaded(ContentRepository content, Map<View, Figure> figures, CheckCatalog checks) {
    }

    private final CompletableFuture<Loaded> loading;

    private ContentPreload(CompletableFuture<Loaded> loading) {
        this.loading = loading;
    }

    /** Starts loading now, on a daemon thread. */
    public static ContentPreload begin(Arguments args) {
        CompletableFuture<Loaded> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(load(args));
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        }, "content-preload");
        t.setDaemon(true);
        t.start();
        return new ContentPreload(f);
    }

    /** Loads the content and figure the arguments name, on the calling thread. */
    public static Loaded load(Arguments args) throws ContentException {
        return load(args.contentSource(), FigureSource.forContent(args.contentDir()));
    }

    /** Loads on the calling thread. */
    public static Loaded load(ContentSource source, FigureSource figure) throws ContentException {
        ContentRepository content = new ContentLoader().load(source, language());
        // The checks and drawings follow the content's language, so a page never mixes two.
        return new Loaded(content, new FigureLoader().load(content, figure), new CheckLoader().loadBundled(content.language()));
    }

    /** The language the content is read in: the system's, until the program's language setting reaches here. */
    private static Locale language() {
        return Locale.getDefault();
    }

    /** Waits for the content; a content problem is thrown as it was found. */
    public Loaded get() throws ContentException {
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof ContentException c) {
                throw c;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}

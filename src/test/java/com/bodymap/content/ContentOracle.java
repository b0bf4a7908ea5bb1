package com.bodymap.content;

import com.bodymap.export.FontStyle;
import com.bodymap.export.PaperSize;
import com.bodymap.export.SheetComposer;
import com.bodymap.export.SheetLayout;
import com.bodymap.export.TextMeasure;
import com.bodymap.model.Figure;
import com.bodymap.model.Region;
import com.bodymap.model.View;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The fuzz tests' judge: loads a small valid content set (the "valid" fixture, a figure for it and
 * the bundled checks) with one file replaced by arbitrary bytes, through everything that validates
 * (content, figure and checks loaders), then uses accepted content as the app would (the map's
 * parts, search, every sheet laid out). A refusal must be the loaders' own problems in plain
 * words; any other exception escapes and is a finding.
 */
public final class ContentOracle {
    public static final List<String> SLOTS = List.of(ContentLoader.REGIONS, ContentLoader.TECHNIQUES,
            ContentLoader.SOURCES, ContentLoader.SAFETY, "assets/figure/front.json", "assets/figure/back.json",
            CheckLoader.BUNDLED);

    public enum Outcome { ACCEPTED, REFUSED }

    private final Map<String, byte[]> valid = new HashMap<>();
    // One of each loader for every input: building a Jackson mapper costs far more than reading a file.
    private final ContentLoader contentLoader = new ContentLoader();
    private final CheckLoader checkLoader = new CheckLoader();
    private Map<String, byte[]> files = Map.of();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "content-oracle");
        t.setDaemon(true);
        return t;
    });
    private final FigureLoader figureLoader = new FigureLoader();
    /** Figure files from the input's bytes, checked in full as a clinic's own figure is. */
    private final FigureSource figureSource = new FigureSource() {
        @Override
        public InputStream open(View view) throws IOException {
            InputStream in = stream(files, describe(view));
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
            return true;
        }
    };

    public ContentOracle() {
        for (String name : List.of(ContentLoader.REGIONS, ContentLoader.TECHNIQUES, ContentLoader.SOURCES, ContentLoader.SAFETY)) {
            valid.put(name, resource("/fixtures/valid/" + name));
        }
        valid.put("assets/figure/front.json", resource("/fixtures/valid-figure/front.json"));
        valid.put("assets/figure/back.json", resource("/fixtures/valid-figure/back.json"));
        valid.put(CheckLoader.BUNDLED, resource("/" + CheckLoader.BUNDLED));
    }

    /** The valid bytes of a slot, for seeds. */
    public byte[] valid(int slot) {
        return valid.get(SLOTS.get(slot)).clone();
    }

    /** Judges one input: the first byte picks the file, the rest are its bytes. */
    public Outcome judge(byte[] input) {
        if (input.length == 0) {
            return judge(0, input);
        }
        byte[] bytes = new byte[input.length - 1];
        System.arraycopy(input, 1, bytes, 0, bytes.length);
        return judge(Math.floorMod(input[0], SLOTS.size()), bytes);
    }

    /** Judges an input on a worker thread, so an input that hangs the loader is reported, not waited on forever. */
    public Outcome judgeWithin(byte[] input, Duration limit) {
        Future<Outcome> result = worker.submit(() -> judge(input));
        try {
            return result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new AssertionError("an input took longer than " + limit.toSeconds() + " s: a hang");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new AssertionError(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public Outcome judge(int slot, byte[] bytes) {
        files = new HashMap<>(valid);
        files.put(SLOTS.get(slot), bytes);
        try {
            ContentRepository content = contentLoader.load(source(files));
            Map<View, Figure> figures = figureLoader.load(content, figureSource);
            checkLoader.load(new ByteArrayInputStream(files.get(CheckLoader.BUNDLED)), CheckLoader.BUNDLED);
            use(content, figures);
            return Outcome.ACCEPTED;
        } catch (ContentException e) {
            PlainMessages.assertPlain(e.problems());
            return Outcome.REFUSED;
        }
    }

    /** What the app does with content it accepted; any exception here means the checks let it through. */
    private static void use(ContentRepository content, Map<View, Figure> figures) {
        content.parts();
        for (Region r : content.regions()) {
            content.techniquesFor(r);
            content.sourcesFor(r);
            content.search(r.name());
            r.parts().forEach(p -> content.part(p.id()).orElseThrow());
        }
        SheetLayout layout = new SheetLayout(MONO, PaperSize.A4, LocalDate.of(2026, 1, 1));
        try {
            layout.layout(new SheetComposer(content, figures).forIds(List.of(SheetComposer.BOOKLET_ID)));
        } catch (com.bodymap.export.UnknownSheetIdException e) {
            throw new AssertionError(e);
        }
    }

    private static ContentSource source(Map<String, byte[]> files) {
        return new ContentSource() {
            @Override
            public InputStream open(String name) throws IOException {
                InputStream in = stream(files, name);
                if (in == null) {
                    throw new NoSuchFileException(name);
                }
                return in;
            }

            @Override
            public String describe(String name) {
                return name;
            }
        };
    }

    private static InputStream stream(Map<String, byte[]> files, String name) {
        byte[] bytes = files.get(name);
        return bytes == null ? null : new ByteArrayInputStream(bytes);
    }

    private static byte[] resource(String path) {
        try (InputStream in = ContentOracle.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fast stand-in for the PDF font: half an em per character, as DejaVu Sans averages. */
    private static final TextMeasure MONO = new TextMeasure() {
        @Override
        public float width(String text, FontStyle style, float size) {
            return text.codePointCount(0, text.length()) * size * 0.55f;
        }

        @Override
        public String printable(String text) {
            return text;
        }
    };
}

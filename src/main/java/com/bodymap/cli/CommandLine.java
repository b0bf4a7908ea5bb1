package com.bodymap.cli;

import com.bodymap.content.ContentException;
import com.bodymap.content.ContentLoader;
import com.bodymap.content.ContentProblem;
import com.bodymap.content.ContentRepository;
import com.bodymap.content.ContentSource;
import com.bodymap.content.FigureLoader;
import com.bodymap.content.FigureSource;
import com.bodymap.export.PaperSize;
import com.bodymap.export.SheetComposer;
import com.bodymap.export.SheetExportCommand;
import com.bodymap.export.SheetPdf;
import com.bodymap.files.AtomicFileWriter;
import com.bodymap.files.ErrorLog;
import com.bodymap.i18n.ErrorWording;
import com.bodymap.i18n.Language;
import com.bodymap.i18n.Messages;
import com.bodymap.log.LoggedErrors;
import com.bodymap.model.Figure;
import com.bodymap.model.Region;
import com.bodymap.model.RegionPart;
import com.bodymap.model.Side;
import com.bodymap.model.Tool;
import com.bodymap.model.ToolRating;
import com.bodymap.model.View;
import com.bodymap.picture.Pictures;
import com.bodymap.store.UserDataFolder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The program's command-line mode. Commands here need no display; when none is given the caller
 * starts the window instead.
 */
public final class CommandLine {
    public static final int OK = 0;
    public static final int CONTENT_PROBLEMS = 1;
    public static final int USAGE = 2;
    public static final int CANNOT_WRITE = SheetExportCommand.CANNOT_WRITE;
    /** A bug: the message is one line saying where the details are. */
    public static final int INTERNAL_ERROR = 4;


    private final PrintStream out;
    private final PrintStream err;
    private final ErrorLog errorLog;
    /** The run's words: --lang's language, else the system's; set once the arguments are read. */
    private Messages messages = Messages.of(Language.SYSTEM.locale(Language.systemLocale()));

    public CommandLine(PrintStream out, PrintStream err) {
        this(out, err, LoggedErrors.in(UserDataFolder.ofThisMachine().path()));
    }

    /** Text from content files and arguments is printed through {@link TerminalText}, never raw. */
    public CommandLine(PrintStream out, PrintStream err, ErrorLog errorLog) {
        this.out = TerminalText.guard(out);
        this.err = TerminalText.guard(err);
        this.errorLog = errorLog;
    }

    /** Runs a command and returns its exit code, or empty when the window should open. */
    public OptionalInt run(String[] args) {
        try {
            return runCommand(args);
        } catch (RuntimeException | Error e) {
            err.println(messages.text("cli.internalError", ErrorLog.summary(e), new ErrorWording(messages).where(errorLog.record(e))));
            return OptionalInt.of(INTERNAL_ERROR);
        }
    }

    private OptionalInt runCommand(String[] args) {
        Arguments a;
        try {
            a = Arguments.parse(args);
        } catch (UsageException e) {
            // A mistake elsewhere on the line is still told in the language --lang asked for.
            for (int i = 0; i + 1 < args.length; i++) {
                Language asked = args[i].equals("--lang") ? Language.fromKey(args[i + 1]) : null;
                if (asked != null) {
                    messages = Messages.of(asked.locale(Language.systemLocale()));
                }
            }
            err.println(messages.text("cli.error", messages.text("cli.usage." + e.kind().name().toLowerCase(Locale.ROOT),
                    e.values().toArray())));
            err.println(messages.text("cli.tryHelp"));
            return OptionalInt.of(USAGE);
        }
        if (a.language() != null) {
            messages = Messages.of(a.language().locale(Language.systemLocale()));
        }
        if (a.command() == null) {
            return OptionalInt.empty();
        }
        if (a.contentDir() != null && !a.command().equals("--help") && !Files.isDirectory(a.contentDir())) {
            err.println(messages.text(Files.exists(a.contentDir()) ? "cli.contentFolder.notFolder" : "cli.contentFolder.missing",
                    a.contentDir().toString()));
            return OptionalInt.of(USAGE);
        }
        return OptionalInt.of(switch (a.command()) {
            case "--help" -> help();
            case "--validate-content" -> validate(a.value());
            default -> withContent(a);
        });
    }

    private int help() {
        out.print(messages.text("cli.help"));
        return OK;
    }

    private int validate(String dir) {
        Path root = Path.of(dir);
        if (!Files.isDirectory(root)) {
            err.println(messages.text("cli.notFolder", dir));
            return USAGE;
        }
        try {
            ContentRepository c = new ContentLoader().load(ContentSource.folder(root));
            FigureSource figure = FigureSource.forContent(root);
            int shapes = new FigureLoader().load(c, figure).values().stream().mapToInt(f -> f.shapes().size()).sum();
            out.println(messages.text("cli.valid", dir, c.regions().size(), c.techniques().size(), c.sources().size(),
                    figure.isClinicFigure() ? 1 : 0, shapes));
        } catch (ContentException e) {
            report(e);
            return CONTENT_PROBLEMS;
        }
        return validateTranslations(ContentSource.folder(root));
    }

    /**
     * Each language subfolder: what its translation lacks or gets wrong (shown, not fatal: the app
     * shows English there), and whether the content in that language is valid (fatal when not).
     */
    private int validateTranslations(ContentSource source) {
        int exit = OK;
        for (String language : source.languages()) {
            List<ContentProblem> notes = new ContentLoader().translationNotes(source, language);
            try {
                new ContentLoader().load(source, Locale.forLanguageTag(language));
            } catch (ContentException e) {
                err.println(messages.text("cli.translation.problems", language, e.problems().size()));
                e.problems().forEach(p -> err.println("  " + p));
                exit = CONTENT_PROBLEMS;
                continue;
            }
            if (notes.isEmpty()) {
                out.println(messages.text("cli.translation.complete", language));
            } else {
                out.println(messages.text("cli.translation.notes", language, notes.size()));
                notes.forEach(n -> out.println("  " + n));
            }
        }
        return exit;
    }

    private int withContent(Arguments a) {
        ContentRepository content;
        try {
            content = new ContentLoader().load(a.contentSource(), language());
        } catch (ContentException e) {
            report(e);
            return CONTENT_PROBLEMS;
        }
        if (a.command().equals("--export-sheet")) {
            return exportSheets(a, content);
        }
        Map<View, Figure> figures = Map.of();
        if (a.command().equals("--list-regions")) {
            try {
                figures = new FigureLoader().load(content, FigureSource.forContent(a.contentDir()));
            } catch (ContentException e) {
                report(e);
                return CONTENT_PROBLEMS;
            }
        }
        Map<View, Figure> drawn = figures;
        Tool tool = null;
        if (a.tool() != null) {
            try {
                tool = Tool.fromId(a.tool());
            } catch (IllegalArgumentException e) {
                err.println(messages.text("cli.unknownTool", a.tool(), Tool.ids()));
                return USAGE;
            }
        }
        Tool chosen = tool;
        Object listing = switch (a.command()) {
            case "--list-regions" -> chosen == null ? regionRows(content, drawn) : toolRows(content, chosen);
            case "--list-techniques" -> techniqueRows(content);
            case "--list-sources" -> sourceRows(content);
            default -> throw new IllegalStateException(a.command());
        };
        try {
            // Built only for a listing: making a JSON writer costs more than the rest of --help
            // and of the window's start.
            ObjectMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
            out.println(json.writeValueAsString(listing));
        } catch (Exception e) {
            err.println(messages.text("cli.cannotWriteJson", String.valueOf(e.getMessage())));
            return USAGE;
        }
        return OK;
    }

    private int exportSheets(Arguments a, ContentRepository content) {
        Map<View, Figure> figures;
        PaperSize paper;
        try {
            figures = new FigureLoader().load(content, FigureSource.forContent(a.contentDir()));
        } catch (ContentException e) {
            report(e);
            return CONTENT_PROBLEMS;
        }
        try {
            paper = a.paper() == null ? PaperSize.forLocale(Language.systemLocale()) : PaperSize.parse(a.paper());
        } catch (IllegalArgumentException e) {
            err.println(messages.text("cli.unknownPaper", a.paper()));
            return USAGE;
        }
        SheetPdf pdf = new SheetPdf(Clock.systemDefaultZone(), new AtomicFileWriter(), messages, content.language());
        Pictures pictures = Pictures.bundled(id -> content.region(id).map(Region::rating), content.language());
        return new SheetExportCommand(new SheetComposer(content, figures, messages, pictures), pdf, out, err, messages)
                .run(a.value(), a.out(), paper, a.force());
    }

    /** The language the content is read in: the run's (--lang, else the system's); English where a text has no translation. */
    private Locale language() {
        return messages.locale();
    }

    private void report(ContentException e) {
        err.println(messages.text("cli.contentProblems", e.problems().size()));
        for (ContentProblem p : e.problems()) {
            err.println("  " + p);
        }
    }

    private static List<Map<String, Object>> regionRows(ContentRepository content, Map<View, Figure> figures) {
        return content.parts().stream().map(p -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", p.id());
            row.put("region", p.region().id());
            row.put("name", p.region().name());
            row.put("view", p.region().view().key());
            row.put("side", p.side().key());
            row.put("rating", p.region().rating().word());
            Map<String, Object> tools = new LinkedHashMap<>();
            for (ToolRating t : p.region().toolRatings()) {
                tools.put(t.tool().id(), toolCell(t));
            }
            row.put("tools", tools);
            row.put("drawn", drawnOn(figures.get(p.region().view()), p.id()));
            return row;
        }).toList();
    }

    /** Where the shape is on its view, measured from the figure itself: "viewer's right", "midline". */
    private static String drawnOn(Figure figure, String partId) {
        return figure.shape(partId).map(s -> {
            double mid = figure.width() / 2;
            if (s.icon() == null || Math.abs(s.icon().x() - mid) < 1e-6 || RegionPart.sideOf(partId) == Side.MIDLINE) {
                return "midline";
            }
            return s.icon().x() < mid ? "viewer's left" : "viewer's right";
        }).orElse("not drawn"); // not shown: a JSON value for scripts, the same in every language
    }

    /** The map as one tool sees it: each shape with that tool's rating in place of the headline. */
    private static List<Map<String, Object>> toolRows(ContentRepository content, Tool tool) {
        return content.parts().stream().map(p -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", p.id());
            row.put("region", p.region().id());
            row.put("name", p.region().name());
            row.put("view", p.region().view().key());
            row.put("side", p.side().key());
            row.put("tool", tool.id());
            row.put("rating", p.region().verdict(tool).word());
            row.put("headline", p.region().rating().word());
            p.region().toolRating(tool).ifPresent(t -> {
                row.put("reason", t.reason());
                row.put("sources", t.sources());
                row.put("technique", t.technique());
            });
            return row;
        }).toList();
    }

    private static Map<String, Object> toolCell(ToolRating t) {
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put("rating", t.rating().word());
        cell.put("reason", t.reason());
        cell.put("sources", t.sources());
        cell.put("technique", t.technique());
        return cell;
    }

    private static List<Map<String, Object>> techniqueRows(ContentRepository content) {
        return content.techniques().stream().map(t -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", t.id());
            row.put("title", t.title());
            row.put("tool", t.tool());
            row.put("tools", t.tools().stream().map(Tool::id).toList());
            row.put("regions", t.regions());
            row.put("dose", t.dose());
            row.put("sources", t.sources());
            return row;
        }).toList();
    }

    private List<Map<String, Object>> sourceRows(ContentRepository content) {
        return content.sources().stream().map(s -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", s.id());
            row.put("title", s.title());
            row.put("publisher", s.publisher());
            row.put("year", s.year());
            row.put("kind", messages.label(s.kind()));
            row.put("verified", s.verified());
            row.put("checkedAgainst", s.checkedAgainst());
            row.put("supports", s.supports());
            return row;
        }).toList();
    }
}

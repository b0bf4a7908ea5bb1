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

    static final String HELP = """
            Body Map: where foam rolling and self-massage are safe, and what to do instead.

            Usage: java -jar body-map.jar [--content DIR] [COMMAND]

            With no command, the window opens.

              --content DIR            use the content folder DIR (regions.json, techniques.json,
                                       sources.json, safety.json, and optionally its own figure:
                                       figure/front.json and figure/back.json) instead of the
                                       bundled content
              --validate-content DIR   check the content folder DIR (and its figure, or the bundled
                                       figure against it), print every problem, and exit with 0
                                       when it is valid, 1 when it is not
              --list-regions           print every region shape as JSON: id, region, name, view,
                                       side, rating, its rating for each tool, and where the
                                       figure draws it (drawn: viewer's left, viewer's right or
                                       midline)
              --list-regions --tool ID print the map as one tool sees it: each shape's rating and
                                       reason for that tool (foam-roller, vibrating-roller, ball,
                                       peanut, massage-gun)
              --list-techniques        print every technique card as JSON: id, title, tool,
                                       regions, dose, sources
              --list-sources           print every source as JSON: id, title, kind, supports
              --export-sheet ID[,ID...] --out FILE.pdf [--paper a4|letter] [--force]
                                       write printable sheets as one PDF, with no display: an ID
                                       is a region id (its page), a region id ending in +cards
                                       (its page, then its cards, e.g. lumbar-spine+cards), a
                                       technique id (its card) or all (the whole library); the
                                       paper is Letter in the US and Canada, A4 elsewhere. FILE
                                       must be an ordinary file (never a link, pipe or device);
                                       --force replaces a read-only one
              --benchmark [--runs N] [--clicks N]
                                       measure start, clicks, content, PDF and memory against a
                                       bare JavaFX window and print one table (needs a display)
              --help                   print this text

            Exit codes: 0 done, 1 the content has problems, 2 a usage error (an unknown option
            or id, a missing content folder), 3 the PDF cannot be written, 4 an internal error
            (a bug; the message says where its details are).
            """;

    private final PrintStream out;
    private final PrintStream err;
    private final ErrorLog errorLog;

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
            err.println("body-map: internal error (" + ErrorLog.summary(e) + "); this is a bug, not a problem with "
                    + "your files; " + errorLog.record(e));
            return OptionalInt.of(INTERNAL_ERROR);
        }
    }

    private OptionalInt runCommand(String[] args) {
        Arguments a;
        try {
            a = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("body-map: " + e.getMessage());
            err.println("Try --help.");
            return OptionalInt.of(USAGE);
        }
        if (a.command() == null) {
            return OptionalInt.empty();
        }
        if (a.contentDir() != null && !a.command().equals("--help") && !Files.isDirectory(a.contentDir())) {
            err.println("body-map: the content folder " + a.contentDir()
                    + (Files.exists(a.contentDir()) ? " is not a folder" : " does not exist"));
            return OptionalInt.of(USAGE);
        }
        return OptionalInt.of(switch (a.command()) {
            case "--help" -> help();
            case "--validate-content" -> validate(a.value());
            default -> withContent(a);
        });
    }

    private int help() {
        out.print(HELP);
        return OK;
    }

    private int validate(String dir) {
        Path root = Path.of(dir);
        if (!Files.isDirectory(root)) {
            err.println("body-map: " + dir + " is not a folder");
            return USAGE;
        }
        try {
            ContentRepository c = new ContentLoader().load(ContentSource.folder(root));
            FigureSource figure = FigureSource.forContent(root);
            int shapes = new FigureLoader().load(c, figure).values().stream().mapToInt(f -> f.shapes().size()).sum();
            out.printf("%s: valid (%d regions, %d techniques, %d sources; %s figure, %d shapes)%n",
                    dir, c.regions().size(), c.techniques().size(), c.sources().size(),
                    figure.isClinicFigure() ? "its own" : "the bundled", shapes);
            return OK;
        } catch (ContentException e) {
            report(e);
            return CONTENT_PROBLEMS;
        }
    }

    private int withContent(Arguments a) {
        ContentRepository content;
        try {
            content = new ContentLoader().load(a.contentSource());
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
                err.println("body-map: " + e.getMessage());
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
            err.println("body-map: cannot write JSON: " + e.getMessage());
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
            paper = a.paper() == null ? PaperSize.forLocale(Locale.getDefault()) : PaperSize.parse(a.paper());
        } catch (IllegalArgumentException e) {
            err.println("body-map: " + e.getMessage());
            return USAGE;
        }
        Messages messages = Messages.of(new Locale("en", Locale.getDefault().getCountry()));
        SheetPdf pdf = new SheetPdf(Clock.systemDefaultZone(), new AtomicFileWriter(), messages);
        Pictures pictures = Pictures.bundled(id -> content.region(id).map(Region::rating));
        return new SheetExportCommand(new SheetComposer(content, figures, messages, pictures), pdf, out, err)
                .run(a.value(), a.out(), paper, a.force());
    }

    private void report(ContentException e) {
        err.println("The content has " + e.problems().size() + " problem(s):");
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
        }).orElse("not drawn");
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

    private static List<Map<String, Object>> sourceRows(ContentRepository content) {
        return content.sources().stream().map(s -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", s.id());
            row.put("title", s.title());
            row.put("publisher", s.publisher());
            row.put("year", s.year());
            row.put("kind", s.kind().description());
            row.put("verified", s.verified());
            row.put("checkedAgainst", s.checkedAgainst());
            row.put("supports", s.supports());
            return row;
        }).toList();
    }
}

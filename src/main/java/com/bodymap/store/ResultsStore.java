package com.bodymap.store;

import com.bodymap.files.AtomicFileWriter;
import com.bodymap.model.check.CheckResult;
import com.bodymap.model.check.ComparisonRun;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The results history on disk: {@value #FILE_NAME} in the user's data folder. A file that cannot
 * be read is never overwritten: it is moved aside unchanged and the history starts empty; a file
 * from a newer Body Map is left alone and nothing is saved over it.
 */
public final class ResultsStore {
    public static final String FILE_NAME = "results.json";
    static final int FORMAT = 1;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** The file's layout: a format number, so a later version can tell old files apart, and the runs. */
    record ResultsDocument(int format, List<ComparisonRun> runs) {
    }

    private final Path file;
    private final AtomicFileWriter writer;
    private final Clock clock;
    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            // A later version may add fields; an older one reading its file should not call it damaged.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    /** Set when the file on disk must not be written over; the reason, for the user. */
    private String readOnlyReason;

    public ResultsStore(Path folder, AtomicFileWriter writer, Clock clock) {
        this.file = folder.resolve(FILE_NAME);
        this.writer = writer;
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    public LoadOutcome load() {
        if (!Files.exists(file)) {
            return LoadOutcome.fine(List.of());
        }
        ResultsDocument doc;
        try {
            doc = mapper.readValue(Files.readAllBytes(file), ResultsDocument.class);
        } catch (JsonProcessingException e) {
            return moveAside(jsonProblem(e));
        } catch (IOException e) {
            return moveAside("it could not be read (" + reason(e) + ")");
        }
        if (doc == null) {
            return moveAside("it is empty");
        }
        if (doc.format() > FORMAT) {
            readOnlyReason = "that file was written by a newer version of Body Map";
            return new LoadOutcome(List.of(), "Your results in:\n" + file + "\nwere saved by a newer version of "
                    + "Body Map, so this version cannot show them.\n\nThe file is left as it is, and this version "
                    + "will not save results over it.", null);
        }
        String broken = brokenPart(doc);
        if (broken != null) {
            return moveAside(broken);
        }
        return LoadOutcome.fine(doc.runs());
    }

    public void save(List<ComparisonRun> runs) throws StoreException {
        // Messages put paths on lines of their own: they are long, and dialogs wrap at spaces.
        if (readOnlyReason != null) {
            throw new StoreException("Your results were not saved to:\n" + file + "\n\nBody Map will not write "
                    + "over it: " + readOnlyReason + ". Move or remove that file to save new results.");
        }
        try {
            writer.writeKeepingBackup(file, mapper.writeValueAsBytes(new ResultsDocument(FORMAT, runs)));
        } catch (IOException e) {
            throw new StoreException("Could not save your results to:\n" + file + "\n\nReason: " + reason(e)
                    + ".\nYour earlier results are unchanged.", e);
        }
    }

    private LoadOutcome moveAside(String what) {
        Path aside = file.resolveSibling(FILE_NAME + ".damaged-" + LocalDateTime.now(clock).format(STAMP));
        String backup = Files.exists(AtomicFileWriter.backupOf(file))
                ? "\n\nA backup from the save before is at:\n" + AtomicFileWriter.backupOf(file) : "";
        try {
            Files.move(file, aside);
        } catch (IOException e) {
            readOnlyReason = "it could not be read, nor moved aside";
            return new LoadOutcome(List.of(), "Body Map could not use your saved results in:\n" + file + "\n(" + what
                    + ").\n\nMoving the file aside failed too (" + reason(e) + "), so Body Map will not save results "
                    + "until that file is moved or removed. It will never write over it." + backup, null);
        }
        return new LoadOutcome(List.of(), "Body Map could not use your saved results: " + what
                + ".\n\nThe file was moved, unchanged, to:\n" + aside + "\n\nBody Map goes on with an empty history."
                + backup, aside);
    }

    /** Describes what in a parsed file is unusable, or null when it is all usable. */
    private static String brokenPart(ResultsDocument doc) {
        if (doc.runs() == null) {
            return "it has no list of runs";
        }
        for (int i = 0; i < doc.runs().size(); i++) {
            ComparisonRun run = doc.runs().get(i);
            if (run == null || run.id() == null || run.takenAt() == null) {
                return "run " + (i + 1) + " has no id or date";
            }
            for (CheckResult r : run.results()) {
                if (r == null || r.checkId() == null) {
                    return "run " + (i + 1) + " has a result without a check";
                }
            }
        }
        return null;
    }

    private static String jsonProblem(JsonProcessingException e) {
        String where = e.getLocation() == null || e.getLocation().getLineNr() < 0 ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        // A file cut short mid-run reaches us as a mapping error, so look at the message too.
        boolean cutShort = e instanceof JsonEOFException || String.valueOf(e.getOriginalMessage()).contains("end-of-input");
        if (cutShort) {
            return "the file is cut short" + where;
        }
        return e instanceof JsonParseException ? "the file is not valid JSON" + where
                : "the file is not laid out the way Body Map saves results" + where;
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "a folder on the way does not exist";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        String msg = e.getMessage();
        return msg == null || msg.isBlank() ? e.getClass().getSimpleName()
                : msg.lines().findFirst().orElse(msg);
    }
}

package com.bodymap.store;

import com.bodymap.files.AtomicFileWriter;
import com.bodymap.model.check.ComparisonRun;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The results history on disk: {@value #FILE_NAME} in the user's data folder, a journal with one
 * line per saved run (see {@link Journal}); a file in the older one-document layout is read as it
 * is and turned into a journal, every run's text kept, on the first save.
 *
 * <p>Promises: a save appends one line and forces it to disk, so it stays fast however many runs
 * there are, and a kill at any moment leaves every run reported saved. Every read and write holds
 * the data folder's lock, and a write first reads what other windows appended, so two Body Map
 * windows on one folder never lose each other's runs. A file that cannot be used is never written
 * over: a damaged one is moved aside unchanged (its runs can be restored, see {@link #recoverable}),
 * an unreadable one is left where it is, and a newer one is read but not written. The backup,
 * {@code results.json.bak}, is refreshed once per session, and only when the file holds every run
 * the backup holds (or the user deleted it): it never loses runs the history lacks.
 *
 * <p>Thread-safe: every method may be called from any thread (the app calls them off the JavaFX
 * thread); calls on one store run one at a time.
 */
public final class ResultsStore {
    public static final String FILE_NAME = "results.json";
    static final int FORMAT = Journal.FORMAT;
    static final String DAMAGED_PREFIX = FILE_NAME + ".damaged-";
    private static final int COMPACT_AFTER = 500;
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final String NEWER_ADVICE = "Use the newer version of Body Map to add results; this one will not "
            + "write over its file.";
    private static final String UNREADABLE_ADVICE = "Body Map will not save results until it can read that file, "
            + "which is left as it is.";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path folder;
    private final Path file;
    private final AtomicFileWriter writer;
    private final Clock clock;
    private final RunReader reader;
    private final Journal journal;
    private final int compactAfter;
    private boolean loaded;
    private StoreFailure readOnly;
    private String readOnlyText;
    private boolean backupChecked;

    public ResultsStore(Path folder, AtomicFileWriter writer, Clock clock) {
        this(folder, writer, clock, RunCheck.none());
    }

    /** {@code check} decides which loaded runs are usable (see {@link RunCheck#ranges}). */
    public ResultsStore(Path folder, AtomicFileWriter writer, Clock clock, RunCheck check) {
        this(folder, writer, clock, check, COMPACT_AFTER);
    }

    /** {@code compactAfter}: superseded lines a journal may hold before it is rewritten. */
    ResultsStore(Path folder, AtomicFileWriter writer, Clock clock, RunCheck check, int compactAfter) {
        this(folder, writer, clock, check, compactAfter, FileReads.plain());
    }

    ResultsStore(Path folder, AtomicFileWriter writer, Clock clock, RunCheck check, int compactAfter, FileReads reads) {
        this.folder = folder;
        this.file = folder.resolve(FILE_NAME);
        this.writer = writer;
        this.clock = clock;
        this.reader = new RunReader(check);
        this.journal = new Journal(file, reader, writer, reads);
        this.compactAfter = compactAfter;
    }

    public Path file() {
        return file;
    }

    public static Path backupOf(Path file) {
        return AtomicFileWriter.backupOf(file);
    }

    /**
     * Reads the file afresh. Clears away temporary files a killed save left behind, moves a damaged
     * file aside, and says what went wrong in a message for the user.
     */
    public synchronized LoadOutcome load() {
        loaded = true;
        readOnly = null;
        readOnlyText = null;
        if (!Files.isDirectory(folder)) {
            // No folder, nothing saved yet. A file in its place is reported by the first save, with the reason.
            journal.forget();
            return LoadOutcome.fine(List.of());
        }
        try (FolderLock lock = lockForReading()) {
            if (lock != null) {
                removeTemporaryFiles();
            }
            try {
                journal.reload();
            } catch (IOException e) {
                journal.forget();
                StoreFailure why = StoreFailure.of(e);
                return refuse(why, "Body Map could not read your saved results in:\n" + file + "\n\nReason: "
                        + why.inWords() + ".\n\nThe file is left where it is, unchanged. Body Map will not save "
                        + "results until it can read that file.", UNREADABLE_ADVICE);
            }
            if (journal.kind() == Journal.Kind.DAMAGED) {
                return moveAside(lock != null);
            }
            if (journal.kind() == Journal.Kind.NEWER) {
                List<ComparisonRun> shown = usable();
                return refuse(StoreFailure.NEWER_VERSION, "Your results in:\n" + file + "\nwere saved by a newer "
                        + "version of Body Map (file format " + journal.format() + "). This version shows the "
                        + shown.size() + " runs it can read and will not save over that file, so nothing a newer "
                        + "version wrote is lost. Use the newer version to add results.", NEWER_ADVICE, shown);
            }
            return new LoadOutcome(usable(), null, null, damagedRuns(), null);
        }
    }

    /** Every run the file holds, damaged ones included, in the order they were saved. */
    public synchronized List<StoredRun> entries() {
        ensureLoaded();
        return journal.runs();
    }

    /**
     * The runs that changed since the last call, by key (null for a run now gone); empty for no
     * change; null when the file was read afresh and everything may have changed.
     */
    synchronized Map<String, StoredRun> changedSinceLastAsked() {
        ensureLoaded();
        java.util.Set<String> keys = journal.drainTouched();
        if (keys == null) {
            return null;
        }
        Map<String, StoredRun> changed = new LinkedHashMap<>();
        keys.forEach(k -> changed.put(k, journal.run(k)));
        return changed;
    }

    /** Why the store will not write, if it will not. */
    public synchronized Optional<StoreFailure> readOnlyReason() {
        ensureLoaded();
        return Optional.ofNullable(readOnly);
    }

    /** Reads what other windows saved meanwhile; true if anything changed. */
    public synchronized boolean refresh() throws StoreException {
        ensureLoaded();
        if (readOnly != null || !Files.isDirectory(folder)) {
            return false;
        }
        long before = journal.changes();
        try (FolderLock lock = lockForReading()) {
            journal.sync();
        } catch (IOException e) {
            throw failure("Could not read your results in:", folder, e);
        }
        return journal.changes() != before;
    }

    /** Saves one run: added if the file lacks it, replaced if it has its id. */
    public synchronized void saveRun(ComparisonRun run) throws StoreException {
        save(List.of(run));
    }

    /**
     * Saves these runs, each added or, where the file has its id, replaced. Runs on disk that are not
     * in the list are kept (another window may have saved them): use {@link #delete} to remove one.
     */
    public synchronized void save(List<ComparisonRun> runs) throws StoreException {
        if (runs.isEmpty()) {
            return;
        }
        List<String> lines = runs.stream().map(r -> Journal.runLine(RunReader.tree(r))).toList();
        write("Your results were not saved to:", lines);
    }

    /** Deletes the run with this key (a run's id); false when the file does not have it. */
    public synchronized boolean delete(String key) throws StoreException {
        boolean[] had = {false};
        write("The run was not deleted from:", () -> {
            had[0] = journal.has(key);
            return had[0] ? List.of(Journal.deletionLine(key)) : List.of();
        });
        return had[0];
    }

    /**
     * The runs the backup and any damaged files moved aside hold that the history has not (and that
     * the user did not delete). Reads those files; never changes them.
     */
    public synchronized Recovery recoverable() {
        ensureLoaded();
        List<Path> sources = new ArrayList<>();
        Map<String, StoredRun> runs = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        int unreadable = 0;
        for (Path source : recoverySources()) {
            Salvage.Result found;
            try {
                found = Salvage.read(source, reader);
            } catch (IOException e) {
                continue;
            }
            boolean used = false;
            unreadable += found.unreadableLines();
            for (Salvage.Found f : found.runs().values()) {
                String key = f.run().key();
                if (journal.has(key) || journal.deleted(key) || runs.containsKey(key)) {
                    continue;
                }
                if (f.text() == null || key.startsWith("line:")) {
                    unreadable++; // no id to tell it apart by: it stays in the file it is in
                    continue;
                }
                runs.put(key, f.run());
                texts.put(key, f.text());
                used = true;
            }
            if (used) {
                sources.add(source);
            }
        }
        return new Recovery(sources, List.copyOf(runs.values()), unreadable, texts);
    }

    /** Adds the recovered runs the history still lacks, each with its text as found; returns how many. */
    public synchronized int restore(Recovery recovery) throws StoreException {
        int[] count = {0};
        write("The runs were not restored to:", () -> {
            List<String> lines = new ArrayList<>();
            for (StoredRun run : recovery.runs()) {
                if (!journal.has(run.key()) && !journal.deleted(run.key()) && recovery.text(run.key()) != null) {
                    lines.add("{\"run\":" + recovery.text(run.key()) + "}");
                }
            }
            count[0] = lines.size();
            return lines;
        });
        return count[0];
    }

    /**
     * Records that the user does not want these runs back: they are no longer offered, and the
     * backup may then be replaced by a file without them.
     */
    public synchronized void discard(Recovery recovery) throws StoreException {
        write("Your choice was not saved to:", () -> recovery.runs().stream()
                .filter(r -> !journal.has(r.key()) && !journal.deleted(r.key()))
                .map(r -> Journal.deletionLine(r.key())).toList());
    }

    /** Rewrites the journal with only its live lines now, whatever its count of superseded ones (benchmarks). */
    synchronized void compactNow() throws StoreException {
        write("The results file was not rewritten:", () -> List.of());
        try (FolderLock lock = FolderLock.acquire(folder, PATIENCE)) {
            journal.sync();
            if (journal.kind() == Journal.Kind.JOURNAL) {
                journal.compact();
            }
        } catch (IOException e) {
            throw failure("The results file was not rewritten:", file, e);
        }
    }

    // --- Writing ---

    @FunctionalInterface
    private interface Lines {
        List<String> make();
    }

    private void write(String failed, List<String> lines) throws StoreException {
        write(failed, () -> lines);
    }

    /** Takes the lock, catches up with the file, makes it a journal, appends, compacts if due. */
    private void write(String failed, Lines lines) throws StoreException {
        ensureLoaded();
        if (readOnly != null) {
            throw new StoreException(readOnly, file, failed + "\n" + file + "\n\nReason: " + readOnly.inWords()
                    + ". " + readOnlyText, null);
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw failure(failed, folder, e);
        }
        try (FolderLock lock = FolderLock.acquire(folder, PATIENCE)) {
            try {
                journal.sync();
            } catch (IOException e) {
                throw failure(failed, file, e);
            }
            if (journal.kind() == Journal.Kind.DAMAGED) {
                moveAside(true);
            }
            if (journal.kind() == Journal.Kind.NEWER) {
                readOnly = StoreFailure.NEWER_VERSION;
                readOnlyText = NEWER_ADVICE;
                throw new StoreException(readOnly, file, failed + "\n" + file + "\n\nReason: "
                        + readOnly.inWords() + ". " + readOnlyText, null);
            }
            List<String> made = lines.make();
            if (made.isEmpty()) {
                return;
            }
            try {
                if (!backupChecked) {
                    try {
                        refreshBackup();
                        backupChecked = true;
                    } catch (IOException e) {
                        // No fresh backup this time (the next save tries again); the save itself goes on.
                    }
                }
                if (journal.kind() == Journal.Kind.LEGACY) {
                    journal.migrate();
                }
                journal.append(made);
                if (journal.deadLines() >= compactAfter && journal.deadLines() * 4 >= journal.liveLines()) {
                    journal.compact();
                }
            } catch (IOException e) {
                throw failure(failed, file, e);
            }
        } catch (FolderLock.LockTimeout e) {
            throw new StoreException(StoreFailure.IN_USE, folder, failed + "\n" + file + "\n\nReason: "
                    + StoreFailure.IN_USE.inWords() + ". Try again in a moment; nothing was changed.", e);
        } catch (IOException e) {
            throw failure(failed, folder, e);
        }
    }

    /**
     * Copies the file to the backup, unless the backup holds a run the file has not and the user
     * did not delete: then the backup stays, and the history offers that run for restoring.
     */
    private void refreshBackup() throws IOException {
        if (journal.kind() == Journal.Kind.MISSING) {
            return;
        }
        Path backup = backupOf(file);
        for (String key : Salvage.keys(backup)) {
            if (!journal.has(key) && !journal.deleted(key)) {
                return;
            }
        }
        journal.copyTo(backup);
    }

    private StoreException failure(String failed, Path path, IOException e) {
        StoreFailure why = e instanceof FolderLock.LockTimeout ? StoreFailure.IN_USE : StoreFailure.of(e);
        String detail = why == StoreFailure.OTHER && e.getMessage() != null ? " (" + e.getMessage() + ")" : "";
        return new StoreException(why, path, failed + "\n" + path + "\n\nReason: " + why.inWords() + detail
                + ".\nYour earlier results are unchanged.", e);
    }

    // --- Reading ---

    private void ensureLoaded() {
        if (!loaded) {
            load();
        }
    }

    /** The folder lock, or null when the folder cannot hold a lock file (read-only): reading goes on without. */
    private FolderLock lockForReading() {
        try {
            return FolderLock.acquire(folder, PATIENCE);
        } catch (IOException e) {
            return null;
        }
    }

    private List<ComparisonRun> usable() {
        return journal.runs().stream().filter(r -> !r.isDamaged()).map(StoredRun::run).toList();
    }

    private List<StoredRun> damagedRuns() {
        return journal.runs().stream().filter(StoredRun::isDamaged).toList();
    }

    private LoadOutcome refuse(StoreFailure why, String message, String advice) {
        return refuse(why, message, advice, List.of());
    }

    /** From now on nothing is written: {@code message} is for the load, {@code advice} ends each refused save's. */
    private LoadOutcome refuse(StoreFailure why, String message, String advice, List<ComparisonRun> shown) {
        readOnly = why;
        readOnlyText = advice;
        return new LoadOutcome(shown, message, null, damagedRuns(), why);
    }

    private LoadOutcome moveAside(boolean locked) {
        String what = journal.damage();
        Path backup = backupOf(file);
        String backupNote = Files.exists(backup)
                ? "\n\nA backup from an earlier save is at:\n" + backup : "";
        if (!locked) {
            journal.forget();
            return refuse(StoreFailure.UNREADABLE, "Body Map could not use your saved results in:\n" + file + "\n("
                    + what + ").\n\nAnother window holds the folder, so the file is left as it is for now." + backupNote,
                    "Close the other Body Map window and start this one again.");
        }
        Path aside = file.resolveSibling(DAMAGED_PREFIX + LocalDateTime.now(clock).format(STAMP));
        for (int n = 2; Files.exists(aside); n++) {
            aside = file.resolveSibling(DAMAGED_PREFIX + LocalDateTime.now(clock).format(STAMP) + "-" + n);
        }
        try {
            Files.move(file, aside);
        } catch (IOException e) {
            journal.forget();
            return refuse(StoreFailure.UNREADABLE, "Body Map could not use your saved results in:\n" + file + "\n("
                    + what + ").\n\nMoving the file aside failed too (" + StoreFailure.of(e).inWords() + "), so Body "
                    + "Map will not save results until that file is moved or removed. It will never write over it."
                    + backupNote, "Move or remove that file to save new results; Body Map will never write over it.");
        }
        journal.forget();
        return new LoadOutcome(List.of(), "Body Map could not use your saved results: " + what
                + ".\n\nThe file was moved, unchanged, to:\n" + aside + "\n\nBody Map goes on with an empty history. "
                + "The results history offers to restore the runs that can still be read from it and from the backup."
                + backupNote, aside, List.of(), null);
    }

    private void removeTemporaryFiles() {
        Path backup = backupOf(file);
        try (DirectoryStream<Path> all = Files.newDirectoryStream(folder, ".results.json*.part")) {
            for (Path p : all) {
                if (AtomicFileWriter.isTemporaryOf(p, file) || AtomicFileWriter.isTemporaryOf(p, backup)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            // Left for the next start; they are hidden and hold nothing the file lacks.
        }
    }

    private List<Path> recoverySources() {
        List<Path> sources = new ArrayList<>();
        Path backup = backupOf(file);
        if (Files.isRegularFile(backup)) {
            sources.add(backup);
        }
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> damaged = Files.newDirectoryStream(folder, DAMAGED_PREFIX + "*")) {
                List<Path> found = new ArrayList<>();
                damaged.forEach(found::add);
                found.stream().filter(Files::isRegularFile).sorted().forEach(sources::add);
            } catch (IOException e) {
                // Nothing more to offer.
            }
        }
        return sources;
    }
}

package com.bodymap.store;

import com.bodymap.model.check.ComparisonRun;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

/**
 * The saved runs in memory, kept in step with the file. The file is read the first time it is
 * needed, not at start-up. A change is kept only once it is on disk: if saving fails, the runs are
 * as they were and the caller gets the reason, as a {@link StoreException}.
 *
 * <p>Thread-safe. Changes (add, delete, restore) may be made from any thread and run one at a
 * time; reading the runs never waits for a change in progress, so the JavaFX thread can read while
 * a save runs on another. Listeners are called on the thread that made the change, or through
 * the executor the change was given.
 */
public final class ResultsHistory {
    /** Oldest first, runs without a date last; the key makes the order total, for binary search. */
    private static final Comparator<StoredRun> ORDER = Comparator.comparing(StoredRun::takenAt,
            Comparator.nullsLast(Comparator.<java.time.LocalDateTime>naturalOrder())).thenComparing(StoredRun::key);
    /** The same order for usable runs, whose key is their id. */
    private static final Comparator<ComparisonRun> RUN_ORDER = Comparator.comparing(ComparisonRun::takenAt)
            .thenComparing(ComparisonRun::id);

    /** What the history holds at one moment; never changed, replaced whole. */
    private record Snapshot(List<StoredRun> entries, List<ComparisonRun> runs) {
    }

    private final ResultsStore store;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Object changes = new Object();
    private volatile Snapshot snapshot;
    private String problem;
    /** The runs in order, updated change by change rather than rebuilt: a save must not cost a sort of every run. */
    private final List<StoredRun> sorted = new ArrayList<>();
    private final List<ComparisonRun> usable = new ArrayList<>();
    private final Map<String, StoredRun> byKey = new HashMap<>();

    public ResultsHistory(ResultsStore store) {
        this.store = store;
    }

    /**
     * Loads the file if that has not happened yet; the problem message, once, if it could not be
     * used. Reads the disk: call it off the JavaFX thread when the history may be large.
     */
    public Optional<String> open() {
        synchronized (changes) {
            if (snapshot == null) {
                LoadOutcome outcome = store.load();
                problem = outcome.problem();
                update();
            }
            String once = problem;
            problem = null;
            return Optional.ofNullable(once);
        }
    }

    /** Whether the file has been read; until then {@link #runs()} reads it. */
    public boolean isOpen() {
        return snapshot != null;
    }

    /** The usable runs, oldest first. */
    public List<ComparisonRun> runs() {
        return current().runs();
    }

    /** Every run the file holds, damaged ones included, oldest first (those without a date last). */
    public List<StoredRun> entries() {
        return current().entries();
    }

    public Optional<ComparisonRun> run(String id) {
        return runs().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public void add(ComparisonRun run) throws StoreException {
        change(() -> store.saveRun(run));
    }

    /**
     * Like {@link #add(ComparisonRun)}, for a caller on a background thread: the listeners are
     * told through {@code notifier} (the UI thread's executor), never on the calling thread.
     */
    public void add(ComparisonRun run, Executor notifier) throws StoreException {
        change(() -> store.saveRun(run), notifier);
    }

    /** Deletes a run (a damaged one too) by its key, which for a usable run is its id. */
    public void delete(String key) throws StoreException {
        change(() -> store.delete(key));
    }

    /** Reads what other windows saved meanwhile; tells the listeners when something changed. */
    public void refresh() throws StoreException {
        boolean changed;
        synchronized (changes) {
            current();
            changed = store.refresh();
            if (changed) {
                update();
            }
        }
        if (changed) {
            listeners.forEach(Runnable::run);
        }
    }

    /** Runs the backup and damaged files hold that the history lacks (reads those files). */
    public Recovery recoverable() {
        synchronized (changes) {
            current();
            return store.recoverable();
        }
    }

    /** Adds the recovered runs; returns how many were added. */
    public int restore(Recovery recovery) throws StoreException {
        int[] count = {0};
        change(() -> count[0] = store.restore(recovery));
        return count[0];
    }

    /** Records that the user does not want these runs back. */
    public void discard(Recovery recovery) throws StoreException {
        change(() -> store.discard(recovery));
    }

    /** Why nothing can be saved, when nothing can (a newer or unreadable file). */
    public Optional<StoreFailure> readOnlyReason() {
        current();
        return store.readOnlyReason();
    }

    /** Called after every change that reached the disk, on the thread that made it. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    public ResultsStore store() {
        return store;
    }

    @FunctionalInterface
    private interface Change {
        void apply() throws StoreException;
    }

    private void change(Change change) throws StoreException {
        change(change, Runnable::run);
    }

    private void change(Change change, Executor notifier) throws StoreException {
        synchronized (changes) {
            current();
            try {
                change.apply();
            } finally {
                // Even a failed change may have read other windows' runs on the way.
                update();
            }
        }
        notifier.execute(() -> listeners.forEach(Runnable::run));
    }

    /** Brings the ordered runs in step with the store and publishes them. Called holding {@code changes}. */
    private void update() {
        Map<String, StoredRun> changed = store.changedSinceLastAsked();
        if (changed == null) {
            sorted.clear();
            byKey.clear();
            sorted.addAll(store.entries());
            sorted.sort(ORDER);
            usable.clear();
            for (StoredRun r : sorted) {
                byKey.put(r.key(), r);
                if (!r.isDamaged()) {
                    usable.add(r.run());
                }
            }
        } else if (changed.isEmpty() && snapshot != null) {
            return;
        } else {
            changed.forEach((key, now) -> {
                StoredRun old = byKey.remove(key);
                if (old != null) {
                    sorted.remove(Collections.binarySearch(sorted, old, ORDER));
                    if (!old.isDamaged()) {
                        usable.remove(Collections.binarySearch(usable, old.run(), RUN_ORDER));
                    }
                }
                if (now != null) {
                    byKey.put(key, now);
                    sorted.add(insertionPoint(Collections.binarySearch(sorted, now, ORDER)), now);
                    if (!now.isDamaged()) {
                        usable.add(insertionPoint(Collections.binarySearch(usable, now.run(), RUN_ORDER)), now.run());
                    }
                }
            });
        }
        // Copies of two arrays of references: cheap even for 100,000 runs, and readers never see a change half-made.
        snapshot = new Snapshot(List.copyOf(sorted), List.copyOf(usable));
    }

    private static int insertionPoint(int found) {
        return found < 0 ? -found - 1 : found;
    }

    private Snapshot current() {
        Snapshot now = snapshot;
        if (now == null) {
            open();
            now = snapshot;
        }
        return now;
    }
}

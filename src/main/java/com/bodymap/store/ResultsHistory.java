package com.bodymap.store;

import com.bodymap.model.check.ComparisonRun;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The saved runs in memory, kept in step with the file. The file is read the first time it is
 * needed, not at start-up. A change is kept only once it is on disk: if saving fails, the list is
 * as it was and the caller gets the reason.
 */
public final class ResultsHistory {
    private final ResultsStore store;
    private final List<Runnable> listeners = new ArrayList<>();
    // Volatile: the wizard saves from a background thread (see add(run, notifier)).
    private volatile List<ComparisonRun> runs;

    public ResultsHistory(ResultsStore store) {
        this.store = store;
    }

    /** Loads the file if that has not happened yet; the problem message, once, if it was unreadable. */
    public Optional<String> open() {
        if (runs != null) {
            return Optional.empty();
        }
        LoadOutcome outcome = store.load();
        runs = new ArrayList<>(outcome.runs());
        return Optional.ofNullable(outcome.problem());
    }

    /** The runs, oldest first. */
    public List<ComparisonRun> runs() {
        open();
        return runs.stream().sorted(Comparator.comparing(ComparisonRun::takenAt)).toList();
    }

    public Optional<ComparisonRun> run(String id) {
        return runs().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public void add(ComparisonRun run) throws StoreException {
        add(run, Runnable::run);
    }

    /**
     * Like {@link #add(ComparisonRun)}, for a caller on a background thread: the listeners are
     * told through {@code notifier} (the UI thread's executor), never on the calling thread.
     */
    public void add(ComparisonRun run, Executor notifier) throws StoreException {
        List<ComparisonRun> next = new ArrayList<>(runs());
        next.add(run);
        store.save(next);
        runs = next;
        notifier.execute(() -> listeners.forEach(Runnable::run));
    }

    public void delete(String runId) throws StoreException {
        List<ComparisonRun> next = new ArrayList<>(runs());
        if (next.removeIf(r -> r.id().equals(runId))) {
            commit(next);
        }
    }

    /** Called after every change that reached the disk. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public ResultsStore store() {
        return store;
    }

    private void commit(List<ComparisonRun> next) throws StoreException {
        store.save(next);
        runs = next;
        listeners.forEach(Runnable::run);
    }
}

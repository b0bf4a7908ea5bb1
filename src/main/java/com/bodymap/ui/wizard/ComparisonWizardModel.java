package com.bodymap.ui.wizard;

import com.bodymap.i18n.ErrorWording;
import com.bodymap.i18n.ModelWording;
import com.bodymap.i18n.Messages;
import com.bodymap.model.Region;
import com.bodymap.model.check.CheckCatalog;
import com.bodymap.model.check.CheckDefinition;
import com.bodymap.model.check.ComparisonReport;
import com.bodymap.model.check.ComparisonRun;
import com.bodymap.store.ResultsHistory;
import com.bodymap.ui.common.DialogService;
import com.bodymap.wizard.AsymmetryAnalysis;
import com.bodymap.wizard.CheckSuggestions;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;

/**
 * The state of one wizard run: which checks are chosen, what was entered for each side, the
 * notes; and the commands to build the report, to save the finished run (on a background thread,
 * so a slow disk never freezes the window) and to leave without saving (only after asking, when
 * anything was entered). One model per run.
 */
public final class ComparisonWizardModel {
    private final CheckCatalog catalog;
    private final AsymmetryAnalysis analysis;
    private final ResultsHistory history;
    private final DialogService dialogs;
    private final Clock clock;
    private final Executor background;
    private final Messages messages;
    private final ModelWording words;
    private final Map<String, BooleanProperty> chosen = new LinkedHashMap<>();
    private final Map<String, CheckEntry> entries = new LinkedHashMap<>();
    private final StringProperty notes = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper intro = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper saveStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saveFailed = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding anyChosen;
    private boolean saved;

    /** {@code background} runs the save; it must not be the JavaFX thread's own queue. */
    public ComparisonWizardModel(CheckCatalog catalog, AsymmetryAnalysis analysis, ResultsHistory history,
                                 DialogService dialogs, Clock clock, Executor background, Messages messages) {
        this.catalog = catalog;
        this.messages = messages;
        this.words = new ModelWording(messages);
        intro.set(messages.text("wizard.intro"));
        this.analysis = analysis;
        this.history = history;
        this.dialogs = dialogs;
        this.clock = clock;
        this.background = background;
        for (CheckDefinition c : catalog.offered()) {
            chosen.put(c.id(), new SimpleBooleanProperty(false));
            entries.put(c.id(), new CheckEntry(c));
        }
        anyChosen = Bindings.createBooleanBinding(() -> chosen.values().stream().anyMatch(BooleanProperty::get),
                chosen.values().toArray(BooleanProperty[]::new));
    }

    /** Ticks the checks related to a region page the wizard was opened from. */
    public void proposeFor(Region region) {
        List<CheckDefinition> proposed = CheckSuggestions.forRegion(catalog, region);
        proposed.forEach(c -> chosen.get(c.id()).set(true));
        String name = words.inSentence(region.name());
        if (proposed.isEmpty()) {
            intro.set(messages.text("wizard.intro.none", name));
        } else if (proposed.stream().allMatch(c -> c.tests(region.id()))) {
            intro.set(messages.text("wizard.intro.ticked", name));
        } else {
            intro.set(messages.text("wizard.intro.elsewhere", name));
        }
    }

    /** The checks the wizard offers (retired ones are only for reading old runs). */
    public List<CheckDefinition> checks() {
        return catalog.offered();
    }

    public Messages messages() {
        return messages;
    }

    public CheckCatalog catalog() {
        return catalog;
    }

    public BooleanProperty chosenProperty(String checkId) {
        return chosen.get(checkId);
    }

    /** The chosen checks in the catalogue's order, which is the order of the pages. */
    public List<CheckDefinition> chosenChecks() {
        return checks().stream().filter(c -> chosen.get(c.id()).get()).toList();
    }

    public BooleanBinding anyChosenBinding() {
        return anyChosen;
    }

    public CheckEntry entry(String checkId) {
        return entries.get(checkId);
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ReadOnlyStringProperty introProperty() {
        return intro.getReadOnlyProperty();
    }

    /** True while the finished run is being written. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** True when the last attempt to save failed (the status says why). */
    public ReadOnlyBooleanProperty saveFailedProperty() {
        return saveFailed.getReadOnlyProperty();
    }

    /** "Saving your results…", or why the last attempt failed; empty otherwise. */
    public ReadOnlyStringProperty saveStatusProperty() {
        return saveStatus.getReadOnlyProperty();
    }

    /** The run as it stands: the chosen checks with whatever was entered. */
    public ComparisonRun draft() {
        return new ComparisonRun(UUID.randomUUID().toString(),
                LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS),
                chosenChecks().stream().map(c -> entries.get(c.id()).result()).toList(),
                notes.get().strip());
    }

    public ComparisonReport report() {
        return analysis.report(catalog, draft());
    }

    /** Whether the user has typed, chosen or noted anything that leaving would throw away. */
    public boolean hasEntries() {
        return !notes.get().isBlank() || entries.values().stream().anyMatch(CheckEntry::entered);
    }

    public boolean saved() {
        return saved;
    }

    /**
     * Whether the wizard may close without saving: yes once saved or with nothing entered; not
     * while saving; otherwise only if the user agrees to discard what was entered.
     */
    public boolean mayClose() {
        if (saved) {
            return true;
        }
        if (saving.get()) {
            return false;
        }
        return !hasEntries() || dialogs.confirm(messages.text("wizard.leave.title"), messages.text("wizard.leave.text"));
    }

    /**
     * Saves the run on the background thread; on success runs {@code onSaved} on the JavaFX
     * thread. On failure the wizard stays as it is, says why in plain words, and Finish can be
     * pressed again. Must be called on the JavaFX thread.
     */
    public void save(Runnable onSaved) {
        if (saving.get() || saved) {
            return;
        }
        ComparisonRun run = draft();
        saving.set(true);
        saveFailed.set(false);
        saveStatus.set(messages.text("wizard.saving"));
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                history.add(run, Platform::runLater);
                return null;
            }
        };
        task.setOnSucceeded(e -> {
            saving.set(false);
            saved = true;
            saveStatus.set(messages.text("wizard.saved"));
            onSaved.run();
        });
        task.setOnFailed(e -> {
            saving.set(false);
            Throwable failure = task.getException();
            saveFailed.set(true);
            saveStatus.set(isIo(failure) ? messages.text("wizard.notSavedBecause", new ErrorWording(messages).reason(failure))
                    : messages.text("wizard.notSaved"));
            dialogs.showError(messages.text("wizard.notSaved.title"), failureMessage(failure));
        });
        background.execute(task);
    }

    private static boolean isIo(Throwable failure) {
        for (Throwable c = failure; c != null && c.getCause() != c; c = c.getCause()) {
            if (c instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** The reason in plain words, the file on a line of its own, and what the user can do. */
    String failureMessage(Throwable failure) {
        String retry = messages.text("wizard.notSaved.retry");
        if (isIo(failure)) {
            return messages.text("wizard.notSaved.io", new ErrorWording(messages).reason(failure), history.store().file().toString())
                    + "\n\n" + retry;
        }
        // The store's own message (a file from a newer version, say) is already written for the user.
        return (failure == null || failure.getMessage() == null ? messages.text("wizard.notSaved.unexpected")
                : failure.getMessage()) + "\n\n" + retry;
    }
}

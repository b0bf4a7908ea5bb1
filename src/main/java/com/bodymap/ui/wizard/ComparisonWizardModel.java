package com.bodymap.ui.wizard;

import com.bodymap.model.Region;
import com.bodymap.model.check.CheckCatalog;
import com.bodymap.model.check.CheckDefinition;
import com.bodymap.model.check.ComparisonReport;
import com.bodymap.model.check.ComparisonRun;
import com.bodymap.store.ResultsHistory;
import com.bodymap.store.StoreException;
import com.bodymap.ui.common.DialogService;
import com.bodymap.wizard.AsymmetryAnalysis;
import com.bodymap.wizard.CheckSuggestions;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The state of one wizard run: which checks are chosen, what was entered for each side, the
 * notes; and the commands to build the report and to save the finished run. One model per run.
 */
public final class ComparisonWizardModel {
    private final CheckCatalog catalog;
    private final AsymmetryAnalysis analysis;
    private final ResultsHistory history;
    private final DialogService dialogs;
    private final Clock clock;
    private final Map<String, BooleanProperty> chosen = new LinkedHashMap<>();
    private final Map<String, CheckEntry> entries = new LinkedHashMap<>();
    private final StringProperty notes = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper intro = new ReadOnlyStringWrapper(
            "Choose the checks to do now. Each takes a few minutes; the wizard gives one page per check.");
    private final BooleanBinding anyChosen;

    public ComparisonWizardModel(CheckCatalog catalog, AsymmetryAnalysis analysis, ResultsHistory history,
                                 DialogService dialogs, Clock clock) {
        this.catalog = catalog;
        this.analysis = analysis;
        this.history = history;
        this.dialogs = dialogs;
        this.clock = clock;
        for (CheckDefinition c : catalog.checks()) {
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
        if (proposed.isEmpty()) {
            intro.set("No check tests the " + region.name().toLowerCase() + " directly. Choose any of these checks.");
        } else if (proposed.stream().allMatch(c -> c.tests(region.id()))) {
            intro.set("Ticked: the checks for your " + region.name().toLowerCase()
                    + ". Add others if you like; the wizard gives one page per check.");
        } else {
            intro.set("No check tests the " + region.name().toLowerCase() + " directly, so the checks for the areas "
                    + "its page says to look at first are ticked. Change them if you like.");
        }
    }

    public List<CheckDefinition> checks() {
        return catalog.checks();
    }

    public CheckCatalog catalog() {
        return catalog;
    }

    public BooleanProperty chosenProperty(String checkId) {
        return chosen.get(checkId);
    }

    /** The chosen checks in the catalogue's order, which is the order of the pages. */
    public List<CheckDefinition> chosenChecks() {
        return catalog.checks().stream().filter(c -> chosen.get(c.id()).get()).toList();
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

    /** Saves the run; on failure tells the user why and returns false so the wizard stays open. */
    public boolean finish() {
        try {
            history.add(draft());
            return true;
        } catch (StoreException e) {
            dialogs.showError("Your results were not saved", e.getMessage()
                    + "\n\nPress Finish to try again, or Cancel to leave without saving.");
            return false;
        }
    }
}

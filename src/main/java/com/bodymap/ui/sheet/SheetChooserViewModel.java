package com.bodymap.ui.sheet;

import com.bodymap.i18n.TextFold;
import com.bodymap.i18n.Messages;
import com.bodymap.content.ContentRepository;
import com.bodymap.export.SheetComposer;
import com.bodymap.model.Region;
import com.bodymap.model.Technique;
import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * What can be printed, and what the user has ticked: the whole library, each region page and each
 * technique card. A region page prints on its own unless "with their cards" is ticked, which adds
 * each ticked region's technique cards after its page. A filter narrows the list without losing
 * ticks.
 */
public final class SheetChooserViewModel {
    private final ObservableList<SheetChoice> choices =
            FXCollections.observableArrayList(c -> new Observable[] {c.selectedProperty()});
    private final FilteredList<SheetChoice> shown = new FilteredList<>(choices);
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty withCards = new SimpleBooleanProperty(false);
    private final java.util.Set<String> regionIds = new java.util.HashSet<>();
    private final BooleanBinding anySelected;
    private final StringBinding summary;

    /** English lists, for tests. */
    public SheetChooserViewModel(ContentRepository content) {
        this(content, Messages.english());
    }

    public SheetChooserViewModel(ContentRepository content, Messages messages) {
        choices.add(new SheetChoice(SheetComposer.BOOKLET_ID, messages.text("print.chooser.booklet")));
        for (Region r : content.regions()) {
            choices.add(new SheetChoice(r.id(), messages.text("print.chooser.region", r.name(), messages.label(r.rating()).toLowerCase(messages.locale()))));
            regionIds.add(r.id());
        }
        for (Technique t : content.techniques()) {
            choices.add(new SheetChoice(t.id(), messages.text("print.chooser.card", t.title())));
        }
        shown.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            String words = filter.get() == null ? "" : TextFold.fold(filter.get());
            return c -> words.isEmpty() || TextFold.fold(c.label()).contains(words);
        }, filter));
        anySelected = Bindings.createBooleanBinding(() -> choices.stream().anyMatch(c -> c.selectedProperty().get()), choices);
        summary = Bindings.createStringBinding(() -> {
            long n = choices.stream().filter(c -> c.selectedProperty().get()).count();
            return messages.text("print.chooser.summary", n);
        }, choices);
    }

    /** The choices the list shows, narrowed by the filter. */
    public ObservableList<SheetChoice> shown() {
        return shown;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public BooleanBinding anySelected() {
        return anySelected;
    }

    public StringBinding summary() {
        return summary;
    }

    /** Whether each ticked region page is followed by its technique cards in full. */
    public BooleanProperty withCardsProperty() {
        return withCards;
    }

    public void select(String id) {
        choices.stream().filter(c -> c.id().equals(id)).forEach(c -> c.selectedProperty().set(true));
    }

    /**
     * The ticked ids in list order: booklet first, then region pages (each with
     * {@link SheetComposer#WITH_CARDS} when their cards are wanted), then cards.
     */
    public List<String> selectedIds() {
        return choices.stream().filter(c -> c.selectedProperty().get())
                .map(c -> withCards.get() && regionIds.contains(c.id()) ? c.id() + SheetComposer.WITH_CARDS : c.id())
                .toList();
    }
}

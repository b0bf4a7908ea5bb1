package com.bodymap.ui.technique;

import java.text.Collator;
import com.bodymap.i18n.ModelWording;
import com.bodymap.i18n.Messages;
import com.bodymap.content.ContentRepository;
import com.bodymap.model.Rating;
import com.bodymap.i18n.TextFold;
import com.bodymap.model.Region;
import com.bodymap.model.Technique;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import com.bodymap.picture.Picture;
import com.bodymap.picture.Pictures;

/**
 * The technique library's state: every card, the filters (one tool, region, rating of the regions
 * a card serves, free text) and the cards that pass them all. Opening a card is handed to the card
 * window.
 */
public final class TechniqueBrowserViewModel {
    private final ContentRepository content;
    private final Consumer<String> openCard;
    private final ObservableList<Technique> all;
    private final FilteredList<Technique> shown;
    private final List<FilterChoice<String>> toolChoices;
    private final List<FilterChoice<String>> regionChoices;
    private final List<FilterChoice<Rating>> ratingChoices;
    private final ObjectProperty<FilterChoice<String>> tool;
    private final Pictures pictures;
    private final ObjectProperty<FilterChoice<String>> region;
    private final ObjectProperty<FilterChoice<Rating>> rating;
    private final StringProperty query = new SimpleStringProperty("");
    private final StringBinding countText;
    private final Messages messages;
    private final ModelWording words;
    private final ToolNames toolNames;
    private final Collator order;
    private final BooleanBinding filtered;

    public TechniqueBrowserViewModel(ContentRepository content, Consumer<String> openCard, Messages messages) {
        this(content, openCard, Pictures.none(), messages);
    }

    public TechniqueBrowserViewModel(ContentRepository content, Consumer<String> openCard, Pictures pictures,
                                     Messages messages) {
        this.content = content;
        this.pictures = pictures;
        this.openCard = openCard;
        this.messages = messages;
        this.words = new ModelWording(messages);
        this.toolNames = new ToolNames(messages);
        // Names sort as a dictionary of the language does: "Ä" with "A", not after "Z".
        this.order = Collator.getInstance(messages.locale());
        order.setStrength(Collator.SECONDARY);
        all = FXCollections.observableArrayList(content.techniques());
        shown = new FilteredList<>(all);
        toolChoices = buildToolChoices(content.techniques());
        regionChoices = buildRegionChoices(content);
        ratingChoices = buildRatingChoices();
        tool = new SimpleObjectProperty<>(toolChoices.get(0));
        region = new SimpleObjectProperty<>(regionChoices.get(0));
        rating = new SimpleObjectProperty<>(ratingChoices.get(0));
        shown.predicateProperty().bind(Bindings.createObjectBinding(this::filter, tool, region, rating, query));
        countText = Bindings.createStringBinding(() -> count(shown.size(), all.size()), shown, all);
        filtered = Bindings.createBooleanBinding(() -> !tool.get().isAny() || !region.get().isAny()
                || !rating.get().isAny() || !TextFold.fold(query.get()).isEmpty(), tool, region, rating, query);
    }

    public Messages messages() {
        return messages;
    }

    private List<FilterChoice<String>> buildToolChoices(List<Technique> techniques) {
        List<FilterChoice<String>> choices = new ArrayList<>();
        choices.add(FilterChoice.any(messages.text("library.anyTool")));
        techniques.stream().flatMap(t -> toolNames.of(t).stream()).distinct()
                .sorted(order)
                .forEach(t -> choices.add(new FilterChoice<>(t, t)));
        return List.copyOf(choices);
    }

    /** Only regions some card serves, by name, so no choice leads to an empty library. */
    private List<FilterChoice<String>> buildRegionChoices(ContentRepository content) {
        List<FilterChoice<String>> choices = new ArrayList<>();
        choices.add(FilterChoice.any(messages.text("library.anyRegion")));
        content.techniques().stream().flatMap(t -> t.regions().stream()).distinct()
                .map(content::region).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Region::name, order))
                .forEach(r -> choices.add(new FilterChoice<>(r.id(), r.name())));
        return List.copyOf(choices);
    }

    private List<FilterChoice<Rating>> buildRatingChoices() {
        List<FilterChoice<Rating>> choices = new ArrayList<>();
        choices.add(FilterChoice.any(messages.text("library.anyRating")));
        for (Rating r : List.of(Rating.FINE, Rating.CAUTION, Rating.AVOID)) {
            choices.add(new FilterChoice<>(r, r.icon() + " " + messages.text("library.ratingRegions." + r.word())));
        }
        return List.copyOf(choices);
    }

    String count(int shown, int total) {
        return shown == total ? messages.text("library.count.all", total) : messages.text("library.count.some", shown, total);
    }

    /** The cards that pass every filter, in content order. */
    public ObservableList<Technique> shown() {
        return shown;
    }

    public int total() {
        return all.size();
    }

    /** "7 of 25 cards", or "All 25 cards". */
    public StringBinding countText() {
        return countText;
    }

    public List<FilterChoice<String>> toolChoices() {
        return toolChoices;
    }

    public List<FilterChoice<String>> regionChoices() {
        return regionChoices;
    }

    public List<FilterChoice<Rating>> ratingChoices() {
        return ratingChoices;
    }

    public ObjectProperty<FilterChoice<String>> toolProperty() {
        return tool;
    }

    public ObjectProperty<FilterChoice<String>> regionProperty() {
        return region;
    }

    public ObjectProperty<FilterChoice<Rating>> ratingProperty() {
        return rating;
    }

    public StringProperty queryProperty() {
        return query;
    }

    /**
     * Filters by one tool ("Lacrosse ball"), matching cards that name it among their tools; an
     * unknown name changes nothing and returns false.
     */
    public boolean filterByTool(String name) {
        return choose(toolChoices, name, tool);
    }

    /** Filters by one of the app's tools, as cards name them by id. */
    public boolean filterByTool(com.bodymap.model.Tool t) {
        return filterByTool(messages.label(t));
    }

    public boolean filterByRegion(String regionId) {
        return choose(regionChoices, regionId, region);
    }

    public boolean filterByRating(Rating r) {
        return choose(ratingChoices, r, rating);
    }

    private static <T> boolean choose(List<FilterChoice<T>> choices, T value, ObjectProperty<FilterChoice<T>> target) {
        Optional<FilterChoice<T>> choice = choices.stream().filter(c -> Objects.equals(c.value(), value)).findFirst();
        choice.ifPresent(target::set);
        return choice.isPresent();
    }

    public void clearFilters() {
        tool.set(toolChoices.get(0));
        region.set(regionChoices.get(0));
        rating.set(ratingChoices.get(0));
        query.set("");
    }

    /** True while any filter narrows the library. */
    public BooleanBinding filtered() {
        return filtered;
    }

    /** The card's first drawing, for its tile. */
    public Optional<Picture> pictureOf(Technique t) {
        return pictures.forCard(t.id()).stream().findFirst();
    }

    public void open(Technique t) {
        openCard.accept(t.id());
    }

    /**
     * The dose short enough for a tile: "60 s per side", or the dose's first clause ("30 to 120
     * seconds per side") when the content gives it only in words. The card has the whole dose.
     */
    public String tileDose(Technique t) {
        if (t.dose() == null) {
            return "";
        }
        String dose = words.shortDose(t.dose());
        if (dose == null) {
            return "";
        }
        String first = dose.split("[,.;(]", 2)[0].trim();
        return first.isEmpty() ? dose : first;
    }

    /** The regions a card serves, for its tile; unknown ids are left out. */
    public List<Region> regionsOf(Technique t) {
        return t.regions().stream().map(content::region).flatMap(Optional::stream).toList();
    }

    private Predicate<Technique> filter() {
        String toolValue = tool.get().value();
        String regionValue = region.get().value();
        Rating ratingValue = rating.get().value();
        String folded = TextFold.fold(query.get());
        return t -> (toolValue == null || toolNames.of(t).contains(toolValue))
                && (regionValue == null || t.regions().contains(regionValue))
                && (ratingValue == null || regionsOf(t).stream().anyMatch(r -> r.rating() == ratingValue))
                && matchesWords(t, folded);
    }

    /** Every word of the query appears in the card's title, tool, or a region's name or alias. */
    private boolean matchesWords(Technique t, String foldedQuery) {
        if (foldedQuery.isEmpty()) {
            return true;
        }
        StringBuilder text = new StringBuilder(t.title()).append(' ').append(t.tool());
        for (Region r : regionsOf(t)) {
            text.append(' ').append(r.name());
            r.aliases().forEach(a -> text.append(' ').append(a));
        }
        return TextFold.containsAllWords(TextFold.fold(text.toString()), foldedQuery);
    }
}

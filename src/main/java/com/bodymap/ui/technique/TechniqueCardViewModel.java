package com.bodymap.ui.technique;

import com.bodymap.i18n.ModelWording;
import com.bodymap.i18n.Messages;
import com.bodymap.content.ContentRepository;
import com.bodymap.model.Dose;
import com.bodymap.model.Region;
import com.bodymap.model.Source;
import com.bodymap.model.Technique;
import com.bodymap.picture.Picture;
import com.bodymap.picture.Pictures;
import com.bodymap.ui.bodymap.BodyMapViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The card on show in the card window, and what the card links to: its regions (which select the
 * region on the map) and its sources (which open in the sources view).
 */
public final class TechniqueCardViewModel {
    private final ContentRepository content;
    private final BodyMapViewModel map;
    private final Consumer<String> showSource;
    private final Pictures pictures;
    private final ReadOnlyObjectWrapper<Technique> technique = new ReadOnlyObjectWrapper<>();
    private final StringBinding windowTitle;

    /** One line of the dose, such as "How often" and "daily". */
    public record DoseLine(String label, String value) {
    }

    public TechniqueCardViewModel(ContentRepository content, BodyMapViewModel map, Consumer<String> showSource) {
        this(content, map, showSource, Pictures.none());
    }

    public TechniqueCardViewModel(ContentRepository content, BodyMapViewModel map, Consumer<String> showSource,
                                  Pictures pictures) {
        this.content = content;
        this.map = map;
        this.showSource = showSource;
        this.pictures = pictures;
        windowTitle = Bindings.createStringBinding(() -> technique.get() == null
                ? messages().text("card.windowTitle") : messages().text("card.windowTitleNamed", technique.get().title()),
                technique);
    }

    public Messages messages() {
        return map.messages();
    }

    /** The dose short enough for the card's heading: "60 s per side". */
    public String shortDose(Technique t) {
        return t.dose() == null ? "" : new ModelWording(messages()).shortDose(t.dose());
    }

    public ReadOnlyObjectProperty<Technique> techniqueProperty() {
        return technique.getReadOnlyProperty();
    }

    public StringBinding windowTitle() {
        return windowTitle;
    }

    /** Shows a card by id; false (and nothing changes) when there is no such card. */
    public boolean show(String techniqueId) {
        Optional<Technique> t = content.technique(techniqueId);
        t.ifPresent(technique::set);
        return t.isPresent();
    }

    /** The drawings of the card's position (start and finish, or two sides); none when it has no drawing. */
    public List<Picture> pictures() {
        Technique t = technique.get();
        return t == null ? List.of() : pictures.forCard(t.id());
    }

    /** The regions the card serves, in the card's order; unknown ids are left out. */
    public List<Region> regions() {
        Technique t = technique.get();
        return t == null ? List.of() : t.regions().stream().map(content::region).flatMap(Optional::stream).toList();
    }

    /** The card's reference list; its entries are numbered from 1 in this order. */
    public List<Source> sources() {
        Technique t = technique.get();
        return t == null ? List.of() : t.sources().stream().distinct().map(content::source).flatMap(Optional::stream).toList();
    }

    public int sourceNumber(String sourceId) {
        List<Source> sources = sources();
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).id().equals(sourceId)) {
                return i + 1;
            }
        }
        return -1;
    }

    /** The dose broken into labelled lines; parts the content leaves out are skipped. */
    public List<DoseLine> doseLines() {
        Technique t = technique.get();
        if (t == null || t.dose() == null) {
            return List.of();
        }
        Dose d = t.dose();
        List<DoseLine> lines = new ArrayList<>();
        if (d.seconds() != null) {
            lines.add(new DoseLine(messages().text("dose.howLong"), d.per() == null
                    ? messages().text("dose.seconds", d.seconds()) : messages().text("dose.secondsPerLong", d.seconds(), d.per())));
        }
        if (d.sets() != null && !d.sets().isBlank()) {
            lines.add(new DoseLine(messages().text("dose.sets"), d.sets()));
        }
        if (d.frequency() != null && !d.frequency().isBlank()) {
            lines.add(new DoseLine(messages().text("dose.howOften"), d.frequency()));
        }
        return lines;
    }

    /** Selects the region on the map (flipping the map to its view). */
    public void openRegion(String regionId) {
        map.selectRegion(regionId);
    }

    public void showSource(String sourceId) {
        showSource.accept(sourceId);
    }
}

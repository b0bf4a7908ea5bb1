package com.bodymap.ui.region;

import com.bodymap.i18n.ModelWording;
import com.bodymap.i18n.Messages;
import com.bodymap.content.ContentRepository;
import com.bodymap.model.EmergencyNumber;
import com.bodymap.model.Figure;
import com.bodymap.model.Region;
import com.bodymap.model.RegionPart;
import com.bodymap.model.SafetyGuide;
import com.bodymap.model.Source;
import com.bodymap.model.Technique;
import com.bodymap.model.Tool;
import com.bodymap.model.ToolRating;
import com.bodymap.model.View;
import com.bodymap.ui.bodymap.BodyMapViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import com.bodymap.picture.Picture;
import com.bodymap.picture.Pictures;
import java.util.Optional;

/**
 * What the region page shows: the selected part, its cards and its numbered sources. Links on the
 * page call back into the map's view-model so the map moves with them.
 */
public final class RegionPageViewModel {
    private final ContentRepository content;
    private final BodyMapViewModel map;
    private final List<PageAction> actions = new ArrayList<>();
    private final Consumer<String> openCard;
    private final Map<View, Figure> figures;
    private final Pictures pictures;

    /** A command offered on every region page, such as "Compare left and right" or "Print". */
    public record PageAction(String id, String label, Consumer<RegionPart> run) {
    }

    public RegionPageViewModel(ContentRepository content, BodyMapViewModel map) {
        this(content, map, id -> { });
    }

    /** @param openCard opens a technique card by id, in the card window */
    public RegionPageViewModel(ContentRepository content, BodyMapViewModel map, Consumer<String> openCard) {
        this(content, map, openCard, Map.of());
    }

    /** @param figures the map's figures, which say which regions are deep muscles reached through another */
    public RegionPageViewModel(ContentRepository content, BodyMapViewModel map, Consumer<String> openCard,
                               Map<View, Figure> figures) {
        this(content, map, openCard, figures, Pictures.none());
    }

    /** @param pictures the drawings shown beside each card in the page's card list */
    public RegionPageViewModel(ContentRepository content, BodyMapViewModel map, Consumer<String> openCard,
                               Map<View, Figure> figures, Pictures pictures) {
        this.content = content;
        this.map = map;
        this.openCard = openCard;
        this.figures = figures;
        this.pictures = pictures;
    }

    /** A card's drawing for the page's card list: the one that tints this region, or else its first. */
    public Optional<Picture> pictureOf(Technique t, Region region) {
        List<Picture> all = pictures.forCard(t.id());
        return all.stream().filter(p -> p.tints(region.id())).findFirst().or(() -> all.stream().findFirst());
    }

    /** "Deep: you reach it through the glutes (buttocks)." for a deep muscle drawn over another region. */
    public Optional<String> deepNote(Region region) {
        Figure figure = figures.get(region.view());
        return figure == null ? Optional.empty() : figure.reachedThrough(region.id()).map(under ->
                messages().text("region.deep", words().inSentence(regionName(under))));
    }

    public Messages messages() {
        return map.messages();
    }

    /** The model's values in this language's words. */
    public ModelWording words() {
        return new ModelWording(map.messages());
    }

    public ReadOnlyObjectProperty<RegionPart> partProperty() {
        return map.selectedProperty();
    }

    public ContentRepository content() {
        return content;
    }

    public List<Technique> techniques(Region region) {
        return content.techniquesFor(region);
    }

    /** The region's tool ratings in the app's tool order (foam roller first). */
    public List<ToolRating> toolRatings(Region region) {
        List<ToolRating> rows = new ArrayList<>();
        for (Tool tool : Tool.values()) {
            region.toolRating(tool).ifPresent(rows::add);
        }
        return rows;
    }

    /**
     * The page's reference list; claims cite sources by their 1-based number in it. A page with
     * the red-flag box lists the flags' sources after its own.
     */
    public List<Source> sources(Region region) {
        List<Source> sources = new ArrayList<>(content.sourcesFor(region));
        if (showsRedFlags(region)) {
            content.safety().redFlagSources().stream().map(content::source).flatMap(Optional::stream)
                    .filter(s -> !sources.contains(s)).forEach(sources::add);
        }
        return sources;
    }

    /** Regions of the back carry the red-flag box, on screen as on their sheet. */
    public boolean showsRedFlags(Region region) {
        SafetyGuide safety = content.safety();
        return safety != null && safety.showsRedFlags(region.id());
    }

    /** "call 999, the emergency number in the United Kingdom (elsewhere, your local one)", for this computer's country. */
    public String emergencyInstruction() {
        return words().emergencyCall(messages().locale());
    }

    public int sourceNumber(Region region, String sourceId) {
        List<Source> sources = sources(region);
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).id().equals(sourceId)) {
                return i + 1;
            }
        }
        return -1;
    }

    public String regionName(String regionId) {
        return content.region(regionId).map(Region::name).orElse(regionId);
    }

    /** Features register their page commands here when the app is assembled. */
    public void addAction(String id, String label, Consumer<RegionPart> run) {
        actions.add(new PageAction(id, label, run));
    }

    public List<PageAction> actions() {
        return List.copyOf(actions);
    }

    public void openCard(String techniqueId) {
        openCard.accept(techniqueId);
    }

    /** Follows a link to another region: selects it on the map. */
    public void openRegion(String regionId) {
        map.selectRegion(regionId);
    }
}

package com.bodymap.ui.bodymap;

import com.bodymap.i18n.ModelWording;
import com.bodymap.i18n.Messages;
import com.bodymap.content.ContentRepository;
import com.bodymap.model.Region;
import com.bodymap.model.RegionPart;
import com.bodymap.model.Side;
import com.bodymap.model.Tool;
import com.bodymap.model.ToolVerdict;
import com.bodymap.model.View;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the map: which view is shown (or, in a wide window, both, with this one taking the
 * keyboard), which part is hovered and which is selected, which regions are highlighted as "look
 * elsewhere", and the zoom. The view binds to it; the region page and the search field call its
 * commands.
 */
public final class BodyMapViewModel {
    private final ContentRepository content;
    private final Messages messages;
    private final ModelWording words;
    private final ObjectProperty<View> view = new SimpleObjectProperty<>(View.BACK);
    private final ObjectProperty<RegionPart> hovered = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<RegionPart> selected = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> highlighted = FXCollections.observableArrayList();
    private final ObjectProperty<RegionPart> cursor = new SimpleObjectProperty<>();
    private final BooleanProperty bothViews = new SimpleBooleanProperty(true);
    private final BooleanProperty roomForBoth = new SimpleBooleanProperty(false);
    private final BooleanBinding showingBoth = bothViews.and(roomForBoth);
    private final ObjectProperty<MapZoom> zoom = new SimpleObjectProperty<>(MapZoom.FIT);
    private final ObjectProperty<Tool> tool = new SimpleObjectProperty<>();

    public BodyMapViewModel(ContentRepository content, Messages messages) {
        this.content = content;
        this.messages = messages;
        this.words = new ModelWording(messages);
    }

    public Messages messages() {
        return messages;
    }

    public ContentRepository content() {
        return content;
    }

    public ObjectProperty<View> viewProperty() {
        return view;
    }

    /** The user's choice: show front and back side by side whenever the window is wide enough. */
    public BooleanProperty bothViewsProperty() {
        return bothViews;
    }

    /** Whether the window is wide enough for both views; the view sets it from the window's width. */
    public BooleanProperty roomForBothProperty() {
        return roomForBoth;
    }

    /** Both views are on screen now. */
    public BooleanBinding showingBothProperty() {
        return showingBoth;
    }

    public boolean isShowingBoth() {
        return showingBoth.get();
    }

    public ObjectProperty<MapZoom> zoomProperty() {
        return zoom;
    }

    public MapZoom getZoom() {
        return zoom.get();
    }

    public ObjectProperty<RegionPart> hoveredProperty() {
        return hovered;
    }

    public ReadOnlyObjectProperty<RegionPart> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public RegionPart getSelected() {
        return selected.get();
    }

    /** The tool the map is coloured for; null shows every region's headline rating (all tools). */
    public ObjectProperty<Tool> toolProperty() {
        return tool;
    }

    public Tool getTool() {
        return tool.get();
    }

    public void chooseTool(Tool t) {
        tool.set(t);
    }

    /** What the map shows for a part with the chosen tool (the headline rating when none is chosen). */
    public ToolVerdict verdict(RegionPart part) {
        return part.region().verdict(tool.get());
    }

    /** "Glutes, left: fine" or, with a tool chosen, "Glutes, left: fine for the foam roller". */
    public String describe(RegionPart part) {
        Tool t = tool.get();
        return t == null ? words.partAccessible(part) : words.verdictOf(part, verdict(part), t);
    }

    /** The legend's line saying which ratings the map shows. */
    public String showing() {
        Tool t = tool.get();
        return t == null ? messages.text("map.showing.all") : messages.text("map.showing.tool", messages.label(t));
    }

    /** The part the keyboard is on; Enter opens it. */
    public ObjectProperty<RegionPart> cursorProperty() {
        return cursor;
    }

    public void moveCursor(String partId) {
        content.part(partId).ifPresent(cursor::set);
    }

    /** Opens the part under the keyboard cursor, as a click would. */
    public void openCursor() {
        if (cursor.get() != null) {
            select(cursor.get());
        }
    }

    /** Region ids highlighted in order (the "look elsewhere" list of the selected region). */
    public ObservableList<String> highlighted() {
        return highlighted;
    }

    public void toggleView() {
        view.set(view.get().other());
    }

    public View getView() {
        return view.get();
    }

    /** Selects a part by id and flips the map to the view it is drawn on. */
    public boolean select(String partId) {
        Optional<RegionPart> part = content.part(partId);
        part.ifPresent(this::select);
        return part.isPresent();
    }

    public void select(RegionPart part) {
        if (part != null) {
            view.set(part.region().view());
            highlighted.setAll(part.region().lookElsewhere());
        } else {
            highlighted.clear();
        }
        selected.set(part);
        if (part != null) {
            cursor.set(part);
        }
    }

    /**
     * Selects a region named by a link or a search result. For a bilateral region it keeps the side
     * of the current selection when there is one, so "left glute" leads to "left hamstring".
     */
    public void selectRegion(String regionId) {
        content.region(regionId).ifPresent(r -> select(partFor(r)));
    }

    RegionPart partFor(Region region) {
        if (!region.bilateral()) {
            return new RegionPart(region, Side.MIDLINE);
        }
        RegionPart current = selected.get();
        Side side = current != null && current.side() != Side.MIDLINE ? current.side() : Side.LEFT;
        return new RegionPart(region, side);
    }

    /** Regions matching a search, best first. */
    public List<Region> search(String query) {
        return content.search(query);
    }
}

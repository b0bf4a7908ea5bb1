package com.bodymap.ui.region;

import com.bodymap.model.RegionPart;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.layout.VBox;

/**
 * The region pages built so far, one per part (left and right pages differ in their side line),
 * and the empty page shown before any choice. Content never changes while the app runs, so a page
 * once built stays right; anything else a page comes to depend on belongs in {@link #key}.
 */
final class PageCache {
    private static final String NONE = "";
    private final Map<String, VBox> pages = new HashMap<>();

    static String key(RegionPart part) {
        return part == null ? NONE : part.id();
    }

    boolean contains(RegionPart part) {
        return pages.containsKey(key(part));
    }

    /** The part's page, empty and ready to fill when it is new. */
    VBox page(RegionPart part) {
        return pages.computeIfAbsent(key(part), k -> {
            VBox body = new VBox();
            body.getStyleClass().add("region-page-body");
            return body;
        });
    }

    /**
     * Lays the page out now, in the click's own handler, so the next frame paints it once instead
     * of laying it out over two frames (the scroll pane measures the new content, then its
     * viewport, then the content again).
     */
    void settle(RegionPage page) {
        if (page.getScene() != null && !Boolean.getBoolean("bodymap.nosettle")) {
            page.applyCss();
            page.layout();
        }
    }

    int size() {
        return pages.size();
    }
}

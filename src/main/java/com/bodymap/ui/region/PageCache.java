package com.bodymap.ui.region;

import com.bodymap.model.RegionPart;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.layout.VBox;

/**
 * The region pages built most recently, one per part (left and right pages differ in their side
 * line), and the empty page shown before any choice. Content never changes while the app runs, so
 * a page once built stays right; anything else a page comes to depend on belongs in {@link #key}.
 * A page is a large node tree (about 2 MB with its drawings), so only the last few are kept:
 * going back and forth between a few regions is what the cache is for.
 */
final class PageCache {
    static final int KEPT = 8;
    private static final String NONE = "";
    private final Map<String, VBox> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, VBox> eldest) {
            return size() > KEPT;
        }
    };

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

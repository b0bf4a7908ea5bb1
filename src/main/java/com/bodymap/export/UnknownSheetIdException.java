package com.bodymap.export;

import java.util.List;

/** Thrown when asked for sheets by ids that are neither a region, a technique, nor "all". */
public class UnknownSheetIdException extends Exception {
    private final transient List<String> ids;

    public UnknownSheetIdException(List<String> ids) {
        super((ids.size() == 1 ? "unknown sheet id '" : "unknown sheet ids '") + String.join("', '", ids) // not shown: callers word the ids
                + "' (use a region id, a technique id, or all)"); // not shown: callers word the ids
        this.ids = List.copyOf(ids);
    }

    public List<String> ids() {
        return ids;
    }
}

package com.bodymap.ui.sheet;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One thing that can be printed (the booklet, a region page, a card), and whether it is chosen. */
public final class SheetChoice {
    private final String id;
    private final String label;
    private final BooleanProperty selected = new SimpleBooleanProperty(false);

    public SheetChoice(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    @Override
    public String toString() {
        return label;
    }
}

package com.bodymap.ui.technique;

/** One entry of a filter drop-down: a value, or null for "any", with the words the list shows. */
public record FilterChoice<T>(T value, String label) {

    public static <T> FilterChoice<T> any(String label) {
        return new FilterChoice<>(null, label);
    }

    public boolean isAny() {
        return value == null;
    }

    /** A combo box shows this. */
    @Override
    public String toString() {
        return label;
    }
}

package com.bodymap.ui.common;

import java.util.function.Supplier;

/** A value built on first use and kept; for windows and pages the first frame does not show. */
public final class Lazy<T> implements Supplier<T> {
    private Supplier<T> factory;
    private T value;

    public Lazy(Supplier<T> factory) {
        this.factory = factory;
    }

    @Override
    public T get() {
        if (factory != null) {
            value = factory.get();
            factory = null;
        }
        return value;
    }

    public boolean isBuilt() {
        return factory == null;
    }
}

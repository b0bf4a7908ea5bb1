package com.bodymap.ui.appearance;

import com.bodymap.store.TextSize;
import com.bodymap.store.ThemeChoice;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;

/**
 * The look of every window: the theme chosen (light, dark, high contrast, or the desktop's), the
 * theme that follows from it, and the text size. Views bind to these; {@link WindowStyler} puts them
 * on every window. The desktop's setting is read in the background at start and again, at most
 * every {@link #RECHECK} while following it, when {@link #checkSystem()} is called (the main window
 * regaining focus), so a desktop switched to dark meanwhile is followed.
 */
public final class Appearance {
    static final Duration RECHECK = Duration.ofSeconds(10);

    private final ObjectProperty<ThemeChoice> theme = new SimpleObjectProperty<>(this, "theme", ThemeChoice.SYSTEM);
    private final ObjectProperty<TextSize> textSize = new SimpleObjectProperty<>(this, "textSize", TextSize.NORMAL);
    private final ReadOnlyObjectWrapper<SystemLook> systemLook = new ReadOnlyObjectWrapper<>(this, "systemLook", SystemLook.LIGHT);
    private final ObjectBinding<SystemLook> effective;
    private final SystemThemeProbe probe;
    private final Executor background;
    private final Clock clock;
    private Instant lastCheck;
    private boolean checking;

    /** {@code background} runs the desktop probe (it starts programs and waits for them). */
    public Appearance(SystemThemeProbe probe, Executor background, Clock clock) {
        this.probe = probe;
        this.background = background;
        this.clock = clock;
        effective = Bindings.createObjectBinding(() -> switch (theme.get() == null ? ThemeChoice.SYSTEM : theme.get()) {
            case LIGHT -> SystemLook.LIGHT;
            case DARK -> SystemLook.DARK;
            case HIGH_CONTRAST -> SystemLook.HIGH_CONTRAST;
            case SYSTEM -> systemLook.get();
        }, theme, systemLook);
        theme.addListener((obs, old, now) -> {
            if (now == ThemeChoice.SYSTEM) {
                checkSystem();
            }
        });
    }

    public ObjectProperty<ThemeChoice> themeProperty() { return theme; }

    public ObjectProperty<TextSize> textSizeProperty() { return textSize; }

    /** What the desktop was last read as (light until it has been read, or where it cannot be). */
    public ReadOnlyObjectProperty<SystemLook> systemLookProperty() { return systemLook.getReadOnlyProperty(); }

    /** The look the windows show now: the chosen theme, or the desktop's when following it. */
    public ObjectBinding<SystemLook> effectiveLook() { return effective; }

    public ThemeChoice getTheme() { return theme.get(); }

    public TextSize getTextSize() { return textSize.get(); }

    public void chooseTheme(ThemeChoice choice) {
        theme.set(choice == null ? ThemeChoice.SYSTEM : choice);
    }

    public void chooseTextSize(TextSize size) {
        textSize.set(size == null ? TextSize.NORMAL : size);
    }

    public void largerText() {
        textSize.set(textSize.get().larger());
    }

    public void smallerText() {
        textSize.set(textSize.get().smaller());
    }

    public void normalText() {
        textSize.set(TextSize.NORMAL);
    }

    /** Reads the desktop's setting again in the background, when following it and not read in the last few seconds. */
    public void checkSystem() {
        Instant now = clock.instant();
        if (theme.get() != ThemeChoice.SYSTEM || checking || lastCheck != null && now.isBefore(lastCheck.plus(RECHECK))) {
            return;
        }
        lastCheck = now;
        checking = true;
        Task<Optional<SystemLook>> task = new Task<>() {
            @Override
            protected Optional<SystemLook> call() {
                return probe.probe();
            }
        };
        task.setOnSucceeded(e -> {
            checking = false;
            systemLook.set(task.getValue().orElse(SystemLook.LIGHT));
        });
        task.setOnFailed(e -> {
            checking = false;
            systemLook.set(SystemLook.LIGHT);
        });
        background.execute(task);
    }
}

package com.bodymap.ui.appearance;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** An appearance for tests whose desktop always reads as one look, probed at once on the calling thread. */
public final class FixedDesktop {
    private FixedDesktop() {
    }

    public static Appearance appearance(SystemLook desktop) {
        String answer = desktop == SystemLook.DARK ? "'prefer-dark'" : "'prefer-light'";
        String contrast = desktop == SystemLook.HIGH_CONTRAST ? "true" : "false";
        SystemThemeProbe probe = new SystemThemeProbe("Linux", Map.of(), (command, timeout) ->
                Optional.of(command.contains("high-contrast") ? contrast : answer));
        return new Appearance(probe, Runnable::run, Clock.systemUTC());
    }
}

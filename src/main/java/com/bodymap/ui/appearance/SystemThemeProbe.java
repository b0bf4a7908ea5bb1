package com.bodymap.ui.appearance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the desktop's light, dark or high-contrast setting without native code (JavaFX 21 has no
 * API for it; JavaFX 22's Platform.Preferences does), by asking the desktop's own command-line
 * tools: gsettings (GNOME and other GTK desktops) or kreadconfig (KDE) and GTK_THEME on Linux,
 * {@code reg query} on Windows, {@code defaults read} on macOS. Each command gets a short timeout;
 * a missing tool or an unreadable answer gives nothing, and the caller falls back to light.
 * Blocking: call it off the JavaFX thread.
 */
public final class SystemThemeProbe {
    /** Runs a command and gives its standard output, or nothing if it could not run, failed or took too long. */
    @FunctionalInterface
    public interface Commands {
        Optional<String> run(List<String> command, Duration timeout);
    }

    static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Pattern REG_NUMBER = Pattern.compile("REG_(?:DWORD|SZ)\\s+(0x[0-9a-fA-F]+|\\d+)");

    private final String osName;
    private final Map<String, String> environment;
    private final Commands commands;

    public SystemThemeProbe(String osName, Map<String, String> environment, Commands commands) {
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.environment = environment;
        this.commands = commands;
    }

    public static SystemThemeProbe ofThisMachine() {
        return new SystemThemeProbe(System.getProperty("os.name", ""), System.getenv(), SystemThemeProbe::runCommand);
    }

    /** The desktop's look, or nothing where it cannot be read. */
    public Optional<SystemLook> probe() {
        if (osName.startsWith("windows")) {
            return windows();
        }
        if (osName.startsWith("mac")) {
            return mac();
        }
        return linux();
    }

    private Optional<SystemLook> linux() {
        Optional<String> highContrast = run("gsettings", "get", "org.gnome.desktop.a11y.interface", "high-contrast");
        if (highContrast.map(String::strip).filter("true"::equals).isPresent()) {
            return Optional.of(SystemLook.HIGH_CONTRAST);
        }
        String gtkTheme = environment.getOrDefault("GTK_THEME", "");
        if (!gtkTheme.isBlank()) {
            return Optional.of(fromThemeName(gtkTheme));
        }
        Optional<String> scheme = run("gsettings", "get", "org.gnome.desktop.interface", "color-scheme").map(SystemThemeProbe::unquote);
        if (scheme.filter("prefer-dark"::equals).isPresent()) {
            return Optional.of(SystemLook.DARK);
        }
        if (scheme.filter("prefer-light"::equals).isPresent()) {
            return Optional.of(SystemLook.LIGHT);
        }
        // "default" (or a GNOME before 42): the GTK theme's name says it, as in "Adwaita-dark".
        Optional<String> theme = run("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme").map(SystemThemeProbe::unquote);
        if (theme.isPresent() && !theme.get().isEmpty()) {
            return Optional.of(fromThemeName(theme.get()));
        }
        if (scheme.isPresent()) {
            return Optional.of(SystemLook.LIGHT);
        }
        return run("kreadconfig5", "--group", "General", "--key", "ColorScheme")
                .or(() -> run("kreadconfig6", "--group", "General", "--key", "ColorScheme"))
                .map(String::strip).filter(s -> !s.isEmpty()).map(SystemThemeProbe::fromThemeName);
    }

    private Optional<SystemLook> windows() {
        Optional<Long> flags = run("reg", "query", "HKCU\\Control Panel\\Accessibility\\HighContrast", "/v", "Flags") // not shown: a registry key
                .flatMap(SystemThemeProbe::regNumber);
        if (flags.filter(f -> (f & 1) != 0).isPresent()) {
            return Optional.of(SystemLook.HIGH_CONTRAST);
        }
        return run("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize", "/v",
                "AppsUseLightTheme").flatMap(SystemThemeProbe::regNumber)
                .map(light -> light == 0 ? SystemLook.DARK : SystemLook.LIGHT);
    }

    private Optional<SystemLook> mac() {
        Optional<String> contrast = run("defaults", "read", "com.apple.universalaccess", "increaseContrast");
        if (contrast.map(String::strip).filter("1"::equals).isPresent()) {
            return Optional.of(SystemLook.HIGH_CONTRAST);
        }
        // The key exists only in dark mode: "Dark". In light mode the command fails, which means light.
        Optional<String> style = run("defaults", "read", "-g", "AppleInterfaceStyle");
        return Optional.of(style.map(String::strip).filter(s -> s.equalsIgnoreCase("dark")).isPresent()
                ? SystemLook.DARK : SystemLook.LIGHT);
    }

    private Optional<String> run(String... command) {
        return commands.run(List.of(command), TIMEOUT);
    }

    static SystemLook fromThemeName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.contains("highcontrast") || n.contains("high-contrast") || n.contains("high contrast")) {
            return SystemLook.HIGH_CONTRAST;
        }
        return n.contains("dark") ? SystemLook.DARK : SystemLook.LIGHT;
    }

    private static String unquote(String s) {
        String t = s.strip();
        return t.length() >= 2 && t.startsWith("'") && t.endsWith("'") ? t.substring(1, t.length() - 1) : t;
    }

    static Optional<Long> regNumber(String output) {
        Matcher m = REG_NUMBER.matcher(output);
        if (!m.find()) {
            return Optional.empty();
        }
        String v = m.group(1);
        try {
            return Optional.of(v.startsWith("0x") ? Long.parseLong(v.substring(2), 16) : Long.parseLong(v));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Runs the command with its output small enough to sit in the pipe until it ends; killed after the timeout. */
    static Optional<String> runCommand(List<String> command, Duration timeout) {
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}

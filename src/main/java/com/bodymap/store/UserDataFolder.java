package com.bodymap.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Where the user's own data (the results history) lives: the folder named by the system property
 * {@value #OVERRIDE_PROPERTY}, else by the environment variable {@value #OVERRIDE_VARIABLE}, else
 * the platform's usual place. The overrides keep tests and CI away from the real home folder; the
 * variable exists because {@code mvn javafx:run} starts a new JVM that does not inherit Maven's
 * {@code -D} properties, while it does inherit the environment.
 * <ul>
 * <li>Linux and other Unix: {@code $XDG_DATA_HOME/body-map}, else {@code ~/.local/share/body-map}</li>
 * <li>macOS: {@code ~/Library/Application Support/Body Map}</li>
 * <li>Windows: {@code %APPDATA%\Body Map}</li>
 * </ul>
 */
public final class UserDataFolder {
    public static final String OVERRIDE_PROPERTY = "bodymap.data.dir";
    public static final String OVERRIDE_VARIABLE = "BODYMAP_DATA_DIR";

    private final UnaryOperator<String> systemProperties;
    private final UnaryOperator<String> environment;

    /** Takes lookups rather than reading System directly, so every platform can be tested anywhere. */
    public UserDataFolder(UnaryOperator<String> systemProperties, UnaryOperator<String> environment) {
        this.systemProperties = systemProperties;
        this.environment = environment;
    }

    public static UserDataFolder ofThisMachine() {
        return new UserDataFolder(System::getProperty, System::getenv);
    }

    public Path path() {
        String override = systemProperties.apply(OVERRIDE_PROPERTY);
        if (present(override)) {
            return Path.of(override);
        }
        String variable = environment.apply(OVERRIDE_VARIABLE);
        if (present(variable)) {
            return Path.of(variable);
        }
        String os = String.valueOf(systemProperties.apply("os.name")).toLowerCase(Locale.ROOT);
        Path home = Path.of(String.valueOf(systemProperties.apply("user.home")));
        if (os.startsWith("windows")) {
            String appData = environment.apply("APPDATA");
            return (present(appData) ? Path.of(appData) : home.resolve("AppData").resolve("Roaming")).resolve("Body Map");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Body Map");
        }
        String xdg = environment.apply("XDG_DATA_HOME");
        // The XDG spec says to ignore a relative XDG_DATA_HOME.
        Path base = present(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("body-map");
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}

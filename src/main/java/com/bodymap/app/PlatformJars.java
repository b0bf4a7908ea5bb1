package com.bodymap.app;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The runnable jar's class path names every platform's JavaFX jars, and the Intel and ARM jars of
 * one system carry natives of the same name (libglass.so, libglass.dylib). Whichever comes first
 * on the class path wins, so this says which platform's jars fit this machine and which jars to
 * leave out when they do not come first.
 */
final class PlatformJars {
    /** JavaFX's Maven classifiers, as in javafx-graphics-21.0.12-mac-aarch64.jar. */
    static final List<String> CLASSIFIERS = List.of("linux", "linux-aarch64", "win", "mac", "mac-aarch64");

    private static final Pattern JAVAFX_JAR =
            Pattern.compile("javafx-[a-z]+-[0-9][^-]*-(linux|linux-aarch64|win|mac|mac-aarch64)\\.jar");

    private PlatformJars() {
    }

    /** The classifier of the JavaFX jars that run on this OS and CPU. */
    static String classifierFor(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        boolean arm = osArch.toLowerCase(Locale.ROOT).matches("aarch64|arm64");
        if (os.startsWith("windows")) {
            return "win";
        }
        if (os.startsWith("mac")) {
            return arm ? "mac-aarch64" : "mac";
        }
        return arm ? "linux-aarch64" : "linux";
    }

    static String classifierOfThisMachine() {
        return classifierFor(System.getProperty("os.name"), System.getProperty("os.arch"));
    }

    /** The platform classifier of a JavaFX jar's file name, or empty for any other jar. */
    static Optional<String> classifierOf(String jarFileName) {
        Matcher m = JAVAFX_JAR.matcher(jarFileName);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Whether a class-path entry belongs on this platform's class path: any non-JavaFX jar does. */
    static boolean fits(String jarFileName, String classifier) {
        return classifierOf(jarFileName).map(classifier::equals).orElse(true);
    }
}

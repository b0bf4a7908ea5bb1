package com.bodymap.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar runs on Windows, macOS (Intel and Apple silicon) and Linux: its class path
 * names every platform's JavaFX jars, and each is in target/lib beside it. Runs after the jar is
 * built (tag "packaging", in the integration-test phase).
 */
@Tag("packaging")
class RunnableJarClassPathTest {
    private static final List<String> MODULES = List.of("base", "graphics", "controls");

    @Test
    void classPathNamesEveryPlatformsJavaFxJars() throws Exception {
        Path jar = Path.of("target", "body-map.jar");
        assertTrue(Files.exists(jar), "build the jar first (mvn package): " + jar.toAbsolutePath());
        String classPath;
        try (JarFile file = new JarFile(jar.toFile())) {
            classPath = file.getManifest().getMainAttributes().getValue("Class-Path");
        }
        List<String> entries = List.of(classPath.trim().split("\\s+"));
        String version = System.getProperty("javafx.version.expected", "21.0.12");
        for (String classifier : PlatformJars.CLASSIFIERS) {
            for (String module : MODULES) {
                String entry = "lib/javafx-" + module + "-" + version + "-" + classifier + ".jar";
                assertTrue(entries.contains(entry), "the class path lacks " + entry + ": " + classPath);
                assertTrue(Files.exists(jar.resolveSibling(entry)), entry + " is not beside the jar");
            }
        }
    }
}

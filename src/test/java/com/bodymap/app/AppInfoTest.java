package com.bodymap.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AppInfoTest {

    @Test
    void versionsComeFromTheBuildNotPlaceholders() {
        AppInfo info = AppInfo.load();
        assertTrue(info.version().matches("\\d+\\.\\d+\\.\\d+.*"), info.version());
        for (AppInfo.Component c : info.components()) {
            assertFalse(c.version().contains("${"), c.name() + " " + c.version());
            assertFalse(c.licence().isBlank(), c.name());
        }
        assertTrue(info.components().stream().anyMatch(c -> c.name().startsWith("DejaVu")), "the font is listed");
    }

    @Test
    void theStartLineNamesVersionJavaOsAndContent() {
        String line = AppInfo.load().startLine("/some/folder");
        assertTrue(line.contains(AppInfo.load().version()), line);
        assertTrue(line.contains("Java " + System.getProperty("java.version")), line);
        assertTrue(line.contains("JavaFX "), line);
        assertTrue(line.contains(System.getProperty("os.name")), line);
        assertTrue(line.endsWith("content: /some/folder"), line);
    }

    @Test
    void theLicenceTextIsPackedWithTheApp() {
        assertTrue(AppInfo.licenceText().contains("MIT License"));
        assertTrue(AppInfo.licenceText().contains("Permission is hereby granted"));
    }
}

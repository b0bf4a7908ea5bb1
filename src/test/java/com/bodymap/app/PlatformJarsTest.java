package com.bodymap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlatformJarsTest {

    @Test
    void eachPlatformGetsItsOwnJavaFxJars() {
        assertEquals("linux", PlatformJars.classifierFor("Linux", "amd64"));
        assertEquals("linux-aarch64", PlatformJars.classifierFor("Linux", "aarch64"));
        assertEquals("win", PlatformJars.classifierFor("Windows 11", "amd64"));
        assertEquals("mac", PlatformJars.classifierFor("Mac OS X", "x86_64"));
        assertEquals("mac-aarch64", PlatformJars.classifierFor("Mac OS X", "aarch64"));
    }

    @Test
    void readsTheClassifierFromAJavaFxJarName() {
        assertEquals(Optional.of("mac-aarch64"), PlatformJars.classifierOf("javafx-graphics-21.0.12-mac-aarch64.jar"));
        assertEquals(Optional.of("mac"), PlatformJars.classifierOf("javafx-graphics-21.0.12-mac.jar"));
        assertEquals(Optional.of("linux"), PlatformJars.classifierOf("javafx-base-21.0.12-linux.jar"));
        assertEquals(Optional.empty(), PlatformJars.classifierOf("javafx-base-21.0.12.jar"));
        assertEquals(Optional.empty(), PlatformJars.classifierOf("pdfbox-3.0.8.jar"));
    }

    @Test
    void leavesOutOnlyTheOtherPlatformsJavaFxJars() {
        assertTrue(PlatformJars.fits("javafx-graphics-21.0.12-mac-aarch64.jar", "mac-aarch64"));
        assertFalse(PlatformJars.fits("javafx-graphics-21.0.12-mac.jar", "mac-aarch64"));
        assertFalse(PlatformJars.fits("javafx-graphics-21.0.12-linux.jar", "linux-aarch64"));
        assertTrue(PlatformJars.fits("controlsfx-11.2.4.jar", "win"));
        assertTrue(PlatformJars.fits("javafx-controls-21.0.12.jar", "win"));
    }
}

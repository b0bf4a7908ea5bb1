package com.bodymap.ui.appearance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The desktop's setting as each system's own tools report it, with a fake for the tools. */
class SystemThemeProbeTest {
    private final List<String> asked = new ArrayList<>();

    /** Answers each command whose words start with a key; any other command fails. */
    private SystemThemeProbe probe(String os, Map<String, String> env, Map<String, String> answers) {
        return new SystemThemeProbe(os, env, (command, timeout) -> {
            String line = String.join(" ", command);
            asked.add(line);
            assertTrue(timeout.compareTo(Duration.ofSeconds(5)) <= 0, "a short timeout");
            return answers.entrySet().stream().filter(e -> line.startsWith(e.getKey())).map(Map.Entry::getValue).findFirst();
        });
    }

    private static final String SCHEME = "gsettings get org.gnome.desktop.interface color-scheme";
    private static final String GTK = "gsettings get org.gnome.desktop.interface gtk-theme";
    private static final String CONTRAST = "gsettings get org.gnome.desktop.a11y.interface high-contrast";

    @Test
    void gnomePreferDarkIsDark() {
        assertEquals(Optional.of(SystemLook.DARK), probe("Linux", Map.of(), Map.of(SCHEME, "'prefer-dark'\n", CONTRAST, "false\n")).probe());
    }

    @Test
    void gnomeDefaultSchemeFallsBackToTheGtkThemeName() {
        assertEquals(Optional.of(SystemLook.DARK),
                probe("Linux", Map.of(), Map.of(SCHEME, "'default'\n", GTK, "'Adwaita-dark'\n")).probe());
        assertEquals(Optional.of(SystemLook.LIGHT),
                probe("Linux", Map.of(), Map.of(SCHEME, "'default'\n", GTK, "'Adwaita'\n")).probe());
    }

    @Test
    void gnomeHighContrastWins() {
        assertEquals(Optional.of(SystemLook.HIGH_CONTRAST),
                probe("Linux", Map.of(), Map.of(SCHEME, "'prefer-dark'\n", CONTRAST, "true\n")).probe());
    }

    @Test
    void gtkThemeInTheEnvironmentIsUsed() {
        assertEquals(Optional.of(SystemLook.DARK), probe("Linux", Map.of("GTK_THEME", "Adwaita:dark"), Map.of()).probe());
    }

    @Test
    void kdeColourSchemeWhenThereIsNoGsettings() {
        assertEquals(Optional.of(SystemLook.DARK),
                probe("Linux", Map.of(), Map.of("kreadconfig5", "BreezeDark\n")).probe());
    }

    @Test
    void nothingReadableOnLinuxGivesNothing() {
        assertEquals(Optional.empty(), probe("Linux", Map.of(), Map.of()).probe());
        assertTrue(asked.contains(SCHEME), asked.toString());
    }

    @Test
    void windowsAppsUseLightThemeZeroIsDark() {
        String dark = "\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize\r\n"
                + "    AppsUseLightTheme    REG_DWORD    0x0\r\n";
        assertEquals(Optional.of(SystemLook.DARK), probe("Windows 11", Map.of(), Map.of("reg query HKCU\\Software", dark)).probe());
        String light = dark.replace("0x0", "0x1");
        assertEquals(Optional.of(SystemLook.LIGHT), probe("Windows 10", Map.of(), Map.of("reg query HKCU\\Software", light)).probe());
    }

    @Test
    void windowsHighContrastFlagWins() {
        String flags = "    Flags    REG_SZ    127\r\n";
        assertEquals(Optional.of(SystemLook.HIGH_CONTRAST), probe("Windows 11", Map.of(),
                Map.of("reg query HKCU\\Control Panel\\Accessibility\\HighContrast", flags,
                        "reg query HKCU\\Software", "AppsUseLightTheme    REG_DWORD    0x1")).probe());
        assertEquals(Optional.of(SystemLook.LIGHT), probe("Windows 11", Map.of(),
                Map.of("reg query HKCU\\Control Panel\\Accessibility\\HighContrast", "    Flags    REG_SZ    126\r\n",
                        "reg query HKCU\\Software", "AppsUseLightTheme    REG_DWORD    0x1")).probe());
    }

    @Test
    void macDarkOnlyWhenTheKeySaysDark() {
        assertEquals(Optional.of(SystemLook.DARK),
                probe("Mac OS X", Map.of(), Map.of("defaults read -g AppleInterfaceStyle", "Dark\n")).probe());
        // In light mode the key does not exist and `defaults` fails.
        assertEquals(Optional.of(SystemLook.LIGHT), probe("Mac OS X", Map.of(), Map.of()).probe());
    }

    @Test
    void aRealCommandThatDoesNotExistGivesNothingAndOneThatHangsIsStopped() {
        assertEquals(Optional.empty(), SystemThemeProbe.runCommand(List.of("no-such-command-bodymap"), Duration.ofSeconds(1)));
        long start = System.nanoTime();
        assertEquals(Optional.empty(), SystemThemeProbe.runCommand(List.of("sleep", "20"), Duration.ofMillis(300)));
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "stopped at its timeout");
        assertEquals(Optional.of("hi\n"), SystemThemeProbe.runCommand(List.of("echo", "hi"), Duration.ofSeconds(2)));
    }
}

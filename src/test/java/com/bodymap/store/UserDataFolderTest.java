package com.bodymap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserDataFolderTest {

    private static Path folder(Map<String, String> props, Map<String, String> env) {
        return new UserDataFolder(props::get, env::get).path();
    }

    @Test
    void theSystemPropertyWinsEverywhere() {
        assertEquals(Path.of("/tmp/bm"), folder(Map.of("bodymap.data.dir", "/tmp/bm", "os.name", "Windows 11",
                "user.home", "/home/x"), Map.of("APPDATA", "/appdata")));
    }

    @Test
    void theEnvironmentVariableComesNext() {
        Map<String, String> linux = Map.of("os.name", "Linux", "user.home", "/home/ana");
        assertEquals(Path.of("/tmp/env-data"), folder(linux, Map.of("BODYMAP_DATA_DIR", "/tmp/env-data")));
        assertEquals(Path.of("/tmp/prop"), folder(Map.of("bodymap.data.dir", "/tmp/prop", "os.name", "Linux",
                "user.home", "/home/ana"), Map.of("BODYMAP_DATA_DIR", "/tmp/env-data")));
    }

    @Test
    void linuxUsesXdgDataHomeOrTheLocalShareFolder() {
        Map<String, String> linux = Map.of("os.name", "Linux", "user.home", "/home/ana");
        assertEquals(Path.of("/data/ana/body-map"), folder(linux, Map.of("XDG_DATA_HOME", "/data/ana")));
        assertEquals(Path.of("/home/ana/.local/share/body-map"), folder(linux, Map.of()));
        // A relative XDG_DATA_HOME is invalid by the spec and ignored.
        assertEquals(Path.of("/home/ana/.local/share/body-map"), folder(linux, Map.of("XDG_DATA_HOME", "rel/dir")));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertEquals(Path.of("/Users/ana/Library/Application Support/Body Map"),
                folder(Map.of("os.name", "Mac OS X", "user.home", "/Users/ana"), Map.of()));
    }

    @Test
    void windowsUsesAppData() {
        Map<String, String> windows = Map.of("os.name", "Windows 10", "user.home", "/Users/ana");
        assertEquals(Path.of("/roaming/Body Map"), folder(windows, Map.of("APPDATA", "/roaming")));
        assertEquals(Path.of("/Users/ana/AppData/Roaming/Body Map"), folder(windows, Map.of()));
    }
}

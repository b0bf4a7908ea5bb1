package com.bodymap.app;

import com.bodymap.bench.Benchmark;
import com.bodymap.cli.Arguments;
import com.bodymap.cli.CommandLine;
import com.bodymap.log.AppLogging;
import com.bodymap.store.UserDataFolder;
import java.util.OptionalInt;

/**
 * The program's entry point. It is not an Application subclass so that the JavaFX runtime can be
 * loaded from the class path, and so command-line mode never needs a display. For the window it
 * starts the content loading first, then the toolkit, so the two overlap.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals(Benchmark.FLAG)) {
            System.exit(Benchmark.run(args));
        }
        OptionalInt exit = new CommandLine(System.out, System.err).run(args);
        if (exit.isPresent()) {
            System.exit(exit.getAsInt());
        }
        String classifier = PlatformJars.classifierOfThisMachine();
        if (PlatformClassLoader.wrongNativesFirst(Launcher.class.getClassLoader(), classifier)) {
            PlatformClassLoader.relaunch(Launcher.class, args, classifier);
            return;
        }
        Arguments parsed = Arguments.parse(args);
        // The run's language (--lang, the saved choice or the system's) is the default locale before
        // the content starts loading, so content read per language is read in the one spoken.
        StartLanguage.speak(StartLanguage.of(UserDataFolder.ofThisMachine().path(), parsed.language()));
        ContentPreload preload = ContentPreload.begin(parsed);
        AppLogging.start(UserDataFolder.ofThisMachine().path());
        BodyMapApp.launch(preload, args);
    }
}

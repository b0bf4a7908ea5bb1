package com.bodymap.app;

import com.bodymap.cli.CommandLine;
import java.util.OptionalInt;
import javafx.application.Application;

/**
 * The program's entry point. It is not an Application subclass so that the JavaFX runtime can be
 * loaded from the class path, and so command-line mode never needs a display.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        OptionalInt exit = new CommandLine(System.out, System.err).run(args);
        if (exit.isPresent()) {
            System.exit(exit.getAsInt());
        }
        Application.launch(BodyMapApp.class, args);
    }
}

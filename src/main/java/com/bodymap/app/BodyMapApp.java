package com.bodymap.app;

import com.bodymap.files.ErrorLog;
import com.bodymap.store.UserDataFolder;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: loads and checks the content, then opens the main window. */
public final class BodyMapApp extends Application {
    private AppAssembly assembly;

    @Override
    public void start(Stage stage) {
        ErrorLog errorLog = ErrorLog.standard();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> System.err.println("Body Map: internal error ("
                + ErrorLog.summary(e) + " on " + thread.getName() + "); " + errorLog.record(e)));
        assembly = new AppStart(errorLog, UserDataFolder.ofThisMachine().path()).open(stage, getParameters().getRaw());
    }

    @Override
    public void stop() {
        if (assembly != null) {
            assembly.saveSession();
        }
    }
}

package com.bodymap.app;

import com.bodymap.cli.Arguments;
import com.bodymap.content.CheckLoader;
import com.bodymap.i18n.Language;
import com.bodymap.i18n.Messages;
import java.nio.file.Path;
import com.bodymap.content.ContentException;
import com.bodymap.content.ContentLoader;
import com.bodymap.content.ContentProblem;
import com.bodymap.content.ContentRepository;
import com.bodymap.content.FigureLoader;
import com.bodymap.content.FigureSource;
import com.bodymap.model.Figure;
import com.bodymap.model.View;
import com.bodymap.model.check.CheckCatalog;
import com.bodymap.store.UserDataFolder;
import java.util.List;
import java.util.Map;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: loads and checks the content, then opens the main window. */
public final class BodyMapApp extends Application {
    private AppAssembly assembly;

    @Override
    public void start(Stage stage) {
        Path data = UserDataFolder.ofThisMachine().path();
        Language language = StartLanguage.of(data, null);
        Messages messages = StartLanguage.speak(language);
        Arguments args;
        try {
            args = Arguments.parse(getParameters().getRaw().toArray(String[]::new));
        } catch (IllegalArgumentException e) {
            new ContentErrorWindow(List.of(new ContentProblem("command line", null, e.getMessage())), messages).show(stage);
            return;
        }
        ContentRepository content;
        Map<View, Figure> figures;
        CheckCatalog checks;
        try {
            content = new ContentLoader().load(args.contentSource());
            figures = new FigureLoader().load(content, FigureSource.forContent(args.contentDir()));
            checks = new CheckLoader().loadBundled();
        } catch (ContentException e) {
            new ContentErrorWindow(e.problems(), messages).show(stage);
            return;
        }
        assembly = new AppAssembly(content, figures, checks, data, language);
        assembly.showMainWindow(stage);
    }

    @Override
    public void stop() {
        if (assembly != null) {
            assembly.saveSession();
        }
    }
}

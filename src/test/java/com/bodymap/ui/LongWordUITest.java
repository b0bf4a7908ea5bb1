package com.bodymap.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window side of the 200,000-character word (issue 13, defect 6): the app's pages show text in
 * wrapped labels, whose line breaking is JavaFX's own and took 32 s over that word (measured on a
 * loaded machine). The validator now refuses a word longer than TextLimits.WORD and a text longer
 * than TextLimits.TEXT; this checks that the longest text it allows, in words at that limit, wraps.
 * The timeout is only a safety net.
 */
@ExtendWith(ApplicationExtension.class)
class LongWordUITest {
    private Label label;

    @Start
    void start(Stage stage) {
        label = new Label();
        label.setWrapText(true);
        label.setMaxWidth(400);
        stage.setScene(new Scene(new ScrollPane(new VBox(label)), 500, 400));
        stage.show();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void theLongestAllowedWordsAreWrappedInALabel(FxRobot robot) {
        int words = com.bodymap.content.TextLimits.TEXT / (com.bodymap.content.TextLimits.WORD + 1);
        String word = ("x".repeat(com.bodymap.content.TextLimits.WORD) + " ").repeat(words).strip();
        long start = System.nanoTime();
        robot.interact(() -> {
            label.setText(word);
            label.applyCss();
            label.getParent().layout();
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d words of %d characters laid out in a wrapped label in %.2f s%n",
                words, com.bodymap.content.TextLimits.WORD, seconds);
        assertTrue(label.getHeight() > 200, "the words wrap onto many lines: " + label.getHeight());
    }
}

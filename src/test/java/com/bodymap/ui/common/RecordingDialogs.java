package com.bodymap.ui.common;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A DialogService for tests: records the errors, information and questions it was shown, answers
 * questions with {@link #answer}, and answers a save dialog with {@link #saveTo} (none when null).
 */
public final class RecordingDialogs implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> information = new ArrayList<>();
    public final List<String> confirmations = new ArrayList<>();
    public boolean answer = true;
    public File saveTo;
    /** The file name the last save dialog suggested. */
    public String suggestedName;

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showInformation(String title, String message) {
        information.add(title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message) {
        confirmations.add(title + ": " + message);
        return answer;
    }

    @Override
    public Optional<File> chooseSaveFile(String title, String suggestedName, String description, String extension) {
        this.suggestedName = suggestedName;
        return Optional.ofNullable(saveTo);
    }
}

package com.bodymap.ui.sheet;

import com.bodymap.ui.common.DialogService;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A DialogService that records what it was asked and answers save dialogs with a set file. */
final class RecordingDialogs implements DialogService {
    final List<String> errors = new ArrayList<>();
    final List<String> information = new ArrayList<>();
    File saveAnswer;
    String suggestedName;

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
        return true;
    }

    @Override
    public Optional<File> chooseSaveFile(String title, String suggestedName, String description, String extension) {
        this.suggestedName = suggestedName;
        return Optional.ofNullable(saveAnswer);
    }
}

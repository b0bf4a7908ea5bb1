package com.bodymap.ui.wizard;

import com.bodymap.ui.common.DialogService;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A DialogService for tests: records what would have been shown and answers confirmations as told. */
public final class RecordingDialogs implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> confirmations = new ArrayList<>();
    public boolean answer = true;

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showInformation(String title, String message) {
        errors.add("(info) " + title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message) {
        confirmations.add(title + ": " + message);
        return answer;
    }

    @Override
    public Optional<File> chooseSaveFile(String title, String suggestedName, String description, String extension) {
        return Optional.empty();
    }
}

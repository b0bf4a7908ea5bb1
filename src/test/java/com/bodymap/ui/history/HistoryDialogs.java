package com.bodymap.ui.history;

import com.bodymap.ui.common.DialogService;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A DialogService for history tests: records messages, answers questions, and picks a file to save to. */
final class HistoryDialogs implements DialogService {
    final List<String> errors = new ArrayList<>();
    final List<String> information = new ArrayList<>();
    final List<String> confirmations = new ArrayList<>();
    boolean answer = true;
    File saveTo;

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
        return Optional.ofNullable(saveTo);
    }
}

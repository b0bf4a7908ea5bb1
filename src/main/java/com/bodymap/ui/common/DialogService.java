package com.bodymap.ui.common;

import java.io.File;
import java.util.Optional;

/**
 * Every dialog the app shows goes through here, so view-models can be tested without a window
 * (a test passes its own implementation).
 */
public interface DialogService {

    void showError(String title, String message);

    void showInformation(String title, String message);

    /** Asks a yes/no question; true when the user confirms. */
    boolean confirm(String title, String message);

    /** Asks where to save a file; empty when the user cancels. */
    Optional<File> chooseSaveFile(String title, String suggestedName, String description, String extension);
}

package com.bodymap.content;

/** One thing wrong with a content folder: which file, where in it, and what. */
public record ContentProblem(String file, String location, String message) {

    @Override
    public String toString() {
        return file + (location == null || location.isBlank() ? "" : " at " + location) + ": " + message;
    }
}

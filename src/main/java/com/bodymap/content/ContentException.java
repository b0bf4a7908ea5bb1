package com.bodymap.content;

import java.util.List;

/** Thrown when a content folder cannot be used; carries every problem found, not just the first. */
public class ContentException extends Exception {
    private final transient List<ContentProblem> problems;

    public ContentException(List<ContentProblem> problems) {
        super(problems.size() + " problem(s) in the content: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }
}

package com.bodymap.export;

import java.util.List;

/** One finished page: its number (from 1), the document's page count, and what is drawn on it. */
public record LaidOutPage(int number, int count, List<DrawOp> ops) {
    public LaidOutPage {
        ops = List.copyOf(ops);
    }
}

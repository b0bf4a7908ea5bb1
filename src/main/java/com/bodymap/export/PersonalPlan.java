package com.bodymap.export;

import java.util.List;

/**
 * A personal plan to print, in plain terms: the wizard's result is turned into one of these (its
 * values as a table, the tighter side as highlighted parts, the cards in order) and printed like
 * any other sheet.
 *
 * @param summary          short lines under the title ("Tighter side: left")
 * @param tableHeader      column names of the results table; empty for no table
 * @param tableRows        the results, one row per measured thing
 * @param steps            what to do, in order ("Hip flexors: start on your left side")
 * @param closing          the sentence after the steps (re-test advice, or why there is no plan)
 * @param highlightedParts part ids to highlight on the figure ("glutes-left")
 * @param techniqueIds     the cards to do, in order
 * @param checkIds         the checks that were done, whose test positions are drawn
 * @param checkNames       their names, one per id, for the drawings' captions
 */
public record PersonalPlan(String title, List<String> summary, List<String> tableHeader,
                           List<List<String>> tableRows, List<String> steps, String closing,
                           List<String> highlightedParts, List<String> techniqueIds, List<String> checkIds,
                           List<String> checkNames) {
    public PersonalPlan {
        summary = summary == null ? List.of() : List.copyOf(summary);
        tableHeader = tableHeader == null ? List.of() : List.copyOf(tableHeader);
        tableRows = tableRows == null ? List.of() : tableRows.stream().map(List::copyOf).toList();
        steps = steps == null ? List.of() : List.copyOf(steps);
        closing = closing == null ? "" : closing;
        highlightedParts = highlightedParts == null ? List.of() : List.copyOf(highlightedParts);
        techniqueIds = techniqueIds == null ? List.of() : List.copyOf(techniqueIds);
        checkIds = checkIds == null ? List.of() : List.copyOf(checkIds);
        checkNames = checkNames == null ? checkIds : List.copyOf(checkNames);
        if (checkNames.size() != checkIds.size()) {
            throw new IllegalArgumentException("a plan needs one name per check");
        }
    }

    /** A plan without check drawings. */
    public PersonalPlan(String title, List<String> summary, List<String> tableHeader, List<List<String>> tableRows,
                        List<String> steps, String closing, List<String> highlightedParts, List<String> techniqueIds) {
        this(title, summary, tableHeader, tableRows, steps, closing, highlightedParts, techniqueIds, null, null);
    }
}

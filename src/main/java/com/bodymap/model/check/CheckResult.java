package com.bodymap.model.check;

/**
 * What the user entered for one check. A null side was not measured (the user stopped or could not
 * do it). Pass/fail checks store 1 for a pass and 0 for a fail.
 */
public record CheckResult(String checkId, Double left, Double right) {
}

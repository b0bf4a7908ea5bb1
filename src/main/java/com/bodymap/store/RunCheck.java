package com.bodymap.store;

import com.bodymap.model.check.CheckCatalog;
import com.bodymap.model.check.CheckDefinition;
import com.bodymap.model.check.CheckResult;
import com.bodymap.model.check.ComparisonRun;
import com.bodymap.model.check.ValidRange;
import java.util.Optional;

/**
 * Checks a loaded run's values before the app computes with them; a run that fails is kept and
 * shown as damaged instead of breaking the history. The store itself already refuses values that
 * are not finite numbers; this adds each check's allowed range.
 */
@FunctionalInterface
public interface RunCheck {

    /** What is wrong with the run, in plain words; empty when it is usable. */
    Optional<String> problem(ComparisonRun run);

    /** The name a user knows a check by, for messages about a damaged run; the id when unknown. */
    default String nameOf(String checkId) {
        return checkId;
    }

    /** No check beyond the store's own (finite numbers, an id and a date). */
    static RunCheck none() {
        return run -> Optional.empty();
    }

    /**
     * Each value within its check's range (pass/fail exactly 0 or 1). Checks the catalogue does not
     * know, say from a later version, are left alone: the history leaves them out, nothing breaks.
     */
    static RunCheck ranges(CheckCatalog catalog) {
        RunCheck inRange = run -> {
            for (CheckResult r : run.results()) {
                Optional<CheckDefinition> check = catalog.check(r.checkId());
                if (check.isEmpty() || check.get().effectiveRange() == null) {
                    continue;
                }
                ValidRange range = check.get().effectiveRange();
                Optional<String> left = outside("left", r.left(), range, check.get());
                if (left.isPresent()) {
                    return left;
                }
                Optional<String> right = outside("right", r.right(), range, check.get());
                if (right.isPresent()) {
                    return right;
                }
            }
            return Optional.empty();
        };
        return new RunCheck() {
            @Override
            public Optional<String> problem(ComparisonRun run) {
                return inRange.problem(run);
            }

            @Override
            public String nameOf(String checkId) {
                return catalog.check(checkId).map(CheckDefinition::name).orElse(checkId);
            }
        };
    }

    private static Optional<String> outside(String side, Double value, ValidRange range, CheckDefinition check) {
        if (value == null || range.contains(value)) {
            return Optional.empty();
        }
        return Optional.of("the " + side + " value of " + check.name() + ", " + plain(value)
                + ", is outside what the check allows (" + plain(range.min()) + " to " + plain(range.max()) + ")");
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}

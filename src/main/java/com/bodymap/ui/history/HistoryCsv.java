package com.bodymap.ui.history;

import com.bodymap.model.Side;
import com.bodymap.model.check.CheckCatalog;
import com.bodymap.model.check.CheckComparison;
import com.bodymap.model.check.CheckDefinition;
import com.bodymap.model.check.CheckResult;
import com.bodymap.model.check.ComparisonRun;
import com.bodymap.model.check.MeasureKind;
import com.bodymap.store.StoredRun;
import com.bodymap.wizard.AsymmetryAnalysis;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The history as CSV (RFC 4180): one row per check of each run, oldest first, with the values as
 * numbers a spreadsheet can compute with, and a row per damaged run saying what is wrong. UTF-8
 * with a byte-order mark, so spreadsheet programs read accents and the degree sign correctly;
 * lines end in CRLF; a field is quoted when it holds a comma, a quote, a line break or edge spaces.
 */
final class HistoryCsv {
    static final List<String> HEADER = List.of("Date", "Time", "Check", "Left", "Right", "Unit", "Difference",
            "Tighter side", "Gap counts", "Notes", "Run id", "Problem");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final CheckCatalog catalog;
    private final AsymmetryAnalysis analysis;

    HistoryCsv(CheckCatalog catalog, AsymmetryAnalysis analysis) {
        this.catalog = catalog;
        this.analysis = analysis;
    }

    /** Writes every entry; returns the number of runs written. */
    int write(List<StoredRun> entries, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        line(w, HEADER);
        for (StoredRun entry : entries) {
            String day = entry.takenAt() == null ? "" : entry.takenAt().format(DAY);
            String time = entry.takenAt() == null ? "" : entry.takenAt().format(TIME);
            if (entry.isDamaged()) {
                line(w, List.of(day, time, "", "", "", "", "", "", "", "", entry.key(), "damaged: " + entry.damage()));
                continue;
            }
            ComparisonRun run = entry.run();
            if (run.results().isEmpty()) {
                line(w, List.of(day, time, "", "", "", "", "", "", "", run.notes(), run.id(), ""));
            }
            for (CheckResult r : run.results()) {
                line(w, row(day, time, run, r));
            }
        }
        w.flush();
        return entries.size();
    }

    private List<String> row(String day, String time, ComparisonRun run, CheckResult r) {
        Optional<CheckDefinition> check = catalog.check(r.checkId());
        if (check.isEmpty()) {
            return List.of(day, time, r.checkId(), number(r.left()), number(r.right()), "", "", "", "not a check this "
                    + "version knows", run.notes(), run.id(), "");
        }
        CheckDefinition def = check.get();
        CheckComparison c = analysis.compare(def, r);
        boolean passFail = def.kind() == MeasureKind.PASS_FAIL;
        return List.of(day, time, def.name(),
                passFail ? passFail(r.left()) : number(r.left()),
                passFail ? passFail(r.right()) : number(r.right()),
                passFail ? "pass/fail" : def.kind().unitWord(),
                passFail ? "" : number(c.difference()),
                c.tighterSide() == null ? "" : c.tighterSide() == Side.LEFT ? "left" : "right",
                counts(c), run.notes(), run.id(), "");
    }

    private static String counts(CheckComparison c) {
        return switch (c.verdict()) {
            case MEANINGFUL -> "yes: larger than the measurement error";
            case ROUGH_GUIDE_GAP -> "possibly: larger than the rough guide";
            case WITHIN_THRESHOLD -> "no";
            case EQUAL -> "no: equal";
            case INCOMPLETE -> "not compared";
        };
    }

    private static String passFail(Double v) {
        return v == null ? "" : v >= 0.5 ? "pass" : "fail";
    }

    private static String number(Double v) {
        return v == null ? "" : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static void line(Writer w, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(quoted(fields.get(i)));
        }
        w.write("\r\n");
    }

    static String quoted(String field) {
        String f = field == null ? "" : field;
        boolean quote = f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0
                || (!f.isEmpty() && (Character.isWhitespace(f.charAt(0)) || Character.isWhitespace(f.charAt(f.length() - 1))));
        return quote ? '"' + f.replace("\"", "\"\"") + '"' : f;
    }
}

package com.bodymap.ui.history;

import com.bodymap.model.Side;
import com.bodymap.model.check.CheckCatalog;
import com.bodymap.model.check.CheckComparison;
import com.bodymap.model.check.CheckDefinition;
import com.bodymap.model.check.CheckResult;
import com.bodymap.model.check.ComparisonRun;
import com.bodymap.model.check.MeasureKind;
import com.bodymap.i18n.Messages;
import com.bodymap.store.StoredRun;
import com.bodymap.ui.wizard.ReportWording;
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
 * The header and the words in it are in the chosen language; numbers, dates and times are written
 * the same in every language (a point for decimals, ISO dates), so a spreadsheet reads them as such.
 */
final class HistoryCsv {
    /** The header's keys, after "history.csv.": one per column. */
    static final List<String> COLUMNS = List.of("date", "time", "check", "left", "right", "unit", "difference",
            "tighterSide", "gapCounts", "notes", "runId", "problem");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final CheckCatalog catalog;
    private final AsymmetryAnalysis analysis;
    private final ReportWording wording;
    private final Messages messages;

    HistoryCsv(CheckCatalog catalog, AsymmetryAnalysis analysis, ReportWording wording) {
        this.catalog = catalog;
        this.analysis = analysis;
        this.wording = wording;
        this.messages = wording.messages();
    }

    /** Writes every entry; returns the number of runs written. */
    int write(List<StoredRun> entries, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        line(w, COLUMNS.stream().map(c -> messages.text("history.csv." + c)).toList());
        for (StoredRun entry : entries) {
            String day = entry.takenAt() == null ? "" : entry.takenAt().format(DAY);
            String time = entry.takenAt() == null ? "" : entry.takenAt().format(TIME);
            if (entry.isDamaged()) {
                line(w, List.of(day, time, "", "", "", "", "", "", "", "", entry.key(),
                        messages.text("history.csv.damaged", entry.damage())));
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
            return List.of(day, time, r.checkId(), number(r.left()), number(r.right()), "", "", "",
                    messages.text("history.csv.unknownCheck"), run.notes(), run.id(), "");
        }
        CheckDefinition def = check.get();
        CheckComparison c = analysis.compare(def, r);
        boolean passFail = def.kind() == MeasureKind.PASS_FAIL;
        return List.of(day, time, def.name(),
                passFail ? passFail(r.left()) : number(r.left()),
                passFail ? passFail(r.right()) : number(r.right()),
                passFail ? messages.text("history.csv.passFail") : wording.measures().fieldUnit(def.kind()),
                passFail ? "" : number(c.difference()),
                c.tighterSide() == null ? "" : messages.text(c.tighterSide() == Side.LEFT ? "history.csv.sideLeft" : "history.csv.sideRight"),
                counts(c), run.notes(), run.id(), "");
    }

    private String counts(CheckComparison c) {
        return messages.text(switch (c.verdict()) {
            case MEANINGFUL -> "history.csv.counts.meaningful";
            case ROUGH_GUIDE_GAP -> "history.csv.counts.roughGuide";
            case WITHIN_THRESHOLD -> "history.csv.counts.within";
            case EQUAL -> "history.csv.counts.equal";
            case INCOMPLETE -> "history.csv.counts.incomplete";
        });
    }

    private String passFail(Double v) {
        return v == null ? "" : messages.text(v >= 0.5 ? "history.csv.pass" : "history.csv.fail");
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

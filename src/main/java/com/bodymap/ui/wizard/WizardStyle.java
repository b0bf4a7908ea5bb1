package com.bodymap.ui.wizard;

/** Style class names of the wizard and history, as used in assets/style/wizard.css. */
final class WizardStyle {
    static final String STEP = "comparison-step";
    static final String LEAD = "wizard-lead";
    static final String HEADING = "wizard-heading";
    static final String TEXT = "wizard-text";
    static final String MUTED = "wizard-muted";
    static final String SAFETY = "safety-note";
    static final String FIELD_MESSAGE = "field-message";
    static final String ROUGH = "rough-guide-tag";
    static final String TABLE = "report-table";
    static final String TABLE_HEAD = "report-head";
    static final String TABLE_CELL = "report-cell";
    static final String PLAN = "plan";
    static final String PLAN_STEP = "plan-step";
    static final String PLAN_CLOSING = "plan-closing";
    static final String COUNTS = "gap-counts";

    private WizardStyle() {
    }
}

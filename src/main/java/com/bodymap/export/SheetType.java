package com.bodymap.export;

/** Sizes and spacing of the sheet's type, in points; one place so every block agrees. */
final class SheetType {
    static final float BODY = 10.5f;
    static final float BODY_LEADING = 13.8f;
    static final float LEAD = 11.5f;
    static final float LEAD_LEADING = 15.5f;
    static final float NOTE = 8.8f;
    static final float NOTE_LEADING = 12f;
    static final float HEADING = 13f;
    static final float HEADING_LEADING = 18f;
    static final float TITLE = 20f;
    static final float TITLE_LEADING = 24f;
    static final float TABLE = 9.5f;
    static final float TABLE_LEADING = 13f;
    static final float FOOTER = 7.5f;
    static final float FOOTER_LEADING = 9.5f;
    static final float PARAGRAPH_GAP = 6f;
    static final float ITEM_GAP = 3f;
    static final float HEADING_GAP = 12f;
    static final float LIST_INDENT = 20f;

    private SheetType() {
    }
}

package com.bodymap.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Keeps text from a content file or the command line from steering the terminal it is printed
 * to: control characters (escape codes among them), direction overrides, zero-width and other
 * format characters, and line or paragraph separators are shown as {@code \}{@code uXXXX}, the form
 * that finds them again in a JSON file. Line breaks stay, so help text and JSON keep their lines.
 */
public final class TerminalText {
    private TerminalText() {
    }

    public static String clean(String s) {
        if (s == null || s.codePoints().noneMatch(TerminalText::unsafe)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(cp -> {
            if (unsafe(cp)) {
                b.append(String.format(Locale.ROOT, "\\u%04X", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }

    private static boolean unsafe(int cp) {
        if (cp == '\n') {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
    }

    /** A stream that cleans every text printed through it before it reaches {@code target}. */
    public static PrintStream guard(PrintStream target) {
        return new Guarded(target);
    }

    private static final class Guarded extends PrintStream {
        private final PrintStream target;

        Guarded(PrintStream target) {
            super(OutputStream.nullOutputStream(), true);
            this.target = target;
        }

        @Override
        public void print(String s) {
            target.print(clean(String.valueOf(s)));
        }

        @Override
        public void print(Object o) {
            print(String.valueOf(o));
        }

        @Override
        public void println(String s) {
            target.println(clean(String.valueOf(s)));
        }

        @Override
        public void println(Object o) {
            println(String.valueOf(o));
        }

        @Override
        public void println() {
            target.println();
        }

        @Override
        public PrintStream format(String format, Object... args) {
            print(String.format(format, args));
            return this;
        }

        @Override
        public PrintStream format(Locale l, String format, Object... args) {
            print(String.format(l, format, args));
            return this;
        }

        @Override
        public PrintStream append(CharSequence csq) {
            print(String.valueOf(csq));
            return this;
        }

        @Override
        public void write(int b) {
            target.write(b);
        }

        @Override
        public void write(byte[] buf, int off, int len) {
            target.write(buf, off, len);
        }

        @Override
        public void flush() {
            target.flush();
        }

        @Override
        public boolean checkError() {
            return target.checkError();
        }
    }
}

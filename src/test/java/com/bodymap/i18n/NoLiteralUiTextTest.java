package com.bodymap.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every word the program shows comes from the bundles. Two scans of the sources:
 * <ul>
 * <li>in the window layer (ui, app), a string literal with a letter in it, given to anything that
 * puts text on screen (setText, a Label, Button, menu item, tooltip, prompt, title, alert, accessible
 * text, a toolbar button, a file chooser's filter...), fails;</li>
 * <li>in the window layer and in the layers that hand it values (model, wizard, store, export,
 * files, cli), a literal that reads as words (two words with a space) fails, wherever it is.</li>
 * </ul>
 * Allowed: bundle keys and ids, style classes and symbols ("✔", "−"); messages of exceptions and
 * log lines, which are for developers; the content validators' messages (content and picture
 * packages are not scanned: their lines are for whoever edits the content files).
 */
class NoLiteralUiTextTest {
    static final Path MAIN = Path.of("src/main/java/com/bodymap");
    static final List<String> WINDOW_LAYER = List.of("ui", "app");
    static final List<String> VALUE_LAYERS = List.of("ui", "app", "model", "wizard", "store", "export", "files", "cli", "i18n");

    /** Calls whose arguments are shown to the user. */
    static final Pattern SHOWN = Pattern.compile("\\b(?:setText|setTitle|setHeaderText|setContentText|setPromptText"
            + "|setAccessibleText|setAccessibleHelp|setTooltip|showError|showInformation|confirm|chooseSaveFile"
            + "|addToolbarButton|addAction|appendText|setPlaceholder|setValue|setLabel|setName"
            + "|new\\s+(?:Label|Button|ToggleButton|CheckBox|RadioButton|Hyperlink|MenuItem|Menu|CheckMenuItem"
            + "|RadioMenuItem|Tooltip|Text|Tab|TitledPane|ExtensionFilter|FileChooser\\.ExtensionFilter|ButtonType"
            + "|ReadOnlyStringWrapper|SimpleStringProperty|Alert|TextField|TextArea))\\s*\\(");
    /** Calls whose literal arguments are keys or patterns, not words. */
    static final Pattern KEY_ARGUMENT = Pattern.compile("\\.(?:text|label|date|pattern|has|getString)\\(\\s*\"(?:[^\"\\\\]|\\\\.)*\"");
    /**
     * Calls whose literals are not shown: exceptions and logs (for developers), content problems
     * (for whoever edits the content files, like the validators' lines), and text matched rather
     * than shown (an operating system's error message, a typed unit).
     */
    static final Pattern DEVELOPER = Pattern.compile("new\\s+\\w*(?:Exception|Error)\\s*\\(|\\bLOG\\.\\w+\\s*\\(|\\bSystem\\.(?:err|out)\\.print\\w*\\(|assert\\s"
            + "|new\\s+ContentProblem\\s*\\(|\\.(?:contains|equals|equalsIgnoreCase|startsWith|endsWith|matches|indexOf)\\s*\\("
            + "|\\bSet\\.of\\s*\\(|Pattern\\.compile\\s*\\(");
    /** A line that holds text for a log or a file for developers says so with this mark, in a comment. */
    static final String NOT_SHOWN_MARK = "not shown:";
    /** Files whose messages are about content files (figure path data), like the validators' lines. */
    static final Set<String> CONTENT_FACING = Set.of("export/SvgPathParser.java");
    /**
     * Files whose user-facing sentences are still English: the results store (from branch 'store')
     * still writes its failure messages and the reasons a saved run is damaged as English sentences,
     * which the history window shows as they are. Its typed values are worded already: a
     * {@code StoreFailure} through the bundles ("storeFailure.*"), so StoreFailure.inWords() is left
     * only for the store's own messages. Remove an entry once its file hands over values instead of
     * sentences; the list must shrink.
     */
    static final Set<String> PENDING = Set.of("store/ResultsStore.java", "store/StoreFailure.java",
            "store/FolderLock.java", "store/Journal.java", "store/LegacyResults.java", "store/RunCheck.java",
            "store/RunReader.java");
    static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"[\\s\\S]*?\"\"\"");
    static final Pattern LETTER = Pattern.compile("\\p{L}");
    static final Pattern WORDS = Pattern.compile("\\p{L}{2,}[,:;.!?]?\\s+\\p{L}{2,}");
    /** Ids, style classes, keys, file names and pseudo-classes: lower case, joined by - . _ / or digits. */
    static final Pattern NOT_WORDS = Pattern.compile("[a-z0-9]+(?:[-._/#:*][a-zA-Z0-9]+)*|\\*\\.[a-z]+|[a-z]+[A-Z][A-Za-z]*");

    /** Literals that are neither words nor ids but have letters: symbols, units, formats, technical names. */
    static final Set<String> ALLOWED = Set.of(
            "px", "cm", "%", "PDF", "CSV", "JSON", "UTF-8", "A4", "Letter", "Body Map",
            // proper names: licences and libraries are called so in every language, and macOS names its folder so
            "GPL v2 with the Classpath Exception", "Apache License 2.0", "MIT License", "Apache Commons Logging",
            "Apache PDFBox (pdfbox, pdfbox-io, fontbox)", "Jackson (core, annotations, databind, JSR-310)", "DejaVu Sans font",
            "Bitstream Vera licence with DejaVu changes in the public domain", "Application Support");

    record Offence(Path file, int line, String literal, String where) {
        @Override
        public String toString() {
            return MAIN.relativize(file) + ":" + line + " " + where + " \"" + literal + "\"";
        }
    }

    @Test
    void noViewPutsALiteralWordOnScreen() throws IOException {
        List<Offence> found = new ArrayList<>();
        for (Path file : sources(WINDOW_LAYER)) {
            found.addAll(shownLiterals(file, Files.readString(file)));
        }
        assertEquals(List.of(), found.stream().map(Offence::toString).toList());
    }

    @Test
    void noLayerHoldsASentenceOutsideTheBundles() throws IOException {
        List<Offence> found = new ArrayList<>();
        for (Path file : sources(VALUE_LAYERS)) {
            String name = MAIN.relativize(file).toString().replace('\\', '/');
            if (!CONTENT_FACING.contains(name) && !PENDING.contains(name)) {
                found.addAll(sentences(file, Files.readString(file)));
            }
        }
        assertEquals(List.of(), found.stream().map(Offence::toString).toList());
    }

    /** The scans can fail: a label with a word, a tooltip with a sentence and a returned sentence are found. */
    @Test
    void theScansFindWhatTheyAreFor() {
        Path f = MAIN.resolve("ui/Example.java");
        String code = """
                class Example {
                    void build() {
                        Label a = new Label("Close");
                        b.setTooltip(new Tooltip(messages.text("map.fit.tip")));
                        c.setText(messages.text("a.key", "not a key but an argument"));
                        d.getStyleClass().add("zoom-button");
                        e.setId("view-front");
                        f.setText("\\u2212");
                        throw new IllegalStateException("for developers only");
                        log.write("Body Map started at " + now); // not shown: the log's first line
                        if (os.contains("no space left")) { }
                    }
                    String hint() { return "Point at a region to name it"; }
                    // a comment "with words in quotes" is not code
                }
                """;
        List<String> shown = shownLiterals(f, code).stream().map(Offence::literal).toList();
        assertEquals(List.of("Close", "not a key but an argument"), shown);
        List<String> sentences = sentences(f, code).stream().map(Offence::literal).toList();
        assertEquals(List.of("not a key but an argument", "Point at a region to name it"), sentences);
        assertTrue(NOT_WORDS.matcher("rating-does-not-fit").matches());
        assertFalse(NOT_WORDS.matcher("Fit").matches());
    }

    static List<Path> sources(List<String> packages) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String p : packages) {
            Path dir = MAIN.resolve(p);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.walk(dir)) {
                    s.filter(f -> f.toString().endsWith(".java")).sorted().forEach(files::add);
                }
            }
        }
        assertFalse(files.isEmpty(), "the sources are found from the project folder");
        return files;
    }

    /**
     * The code with comments blanked (same length, lines kept), so positions still give line
     * numbers; a line marked as not shown is blanked whole.
     */
    static String code(String source) {
        StringBuilder out = new StringBuilder(source);
        int lineStart = 0;
        for (String line : source.split("\n", -1)) {
            int mark = line.indexOf("// " + NOT_SHOWN_MARK);
            if (mark >= 0) {
                for (int i = lineStart; i < lineStart + line.length(); i++) {
                    out.setCharAt(i, ' ');
                }
            }
            lineStart += line.length() + 1;
        }
        int i = 0;
        while (i < out.length()) {
            char c = out.charAt(i);
            if (c == '"') {
                if (at(out, i, "\"\"\"")) {
                    int end = out.indexOf("\"\"\"", i + 3);
                    i = end < 0 ? out.length() : end + 3;
                    continue;
                }
                i++;
                while (i < out.length() && out.charAt(i) != '"' && out.charAt(i) != '\n') {
                    i += out.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
            } else if (c == '\'') {
                i++;
                while (i < out.length() && out.charAt(i) != '\'') {
                    i += out.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
            } else if (at(out, i, "//")) {
                while (i < out.length() && out.charAt(i) != '\n') {
                    out.setCharAt(i++, ' ');
                }
            } else if (at(out, i, "/*")) {
                int end = out.indexOf("*/", i + 2);
                end = end < 0 ? out.length() : end + 2;
                for (; i < end; i++) {
                    if (out.charAt(i) != '\n') {
                        out.setCharAt(i, ' ');
                    }
                }
            } else {
                i++;
            }
        }
        return out.toString();
    }

    private static boolean at(StringBuilder s, int i, String what) {
        return s.indexOf(what, i) == i;
    }

    /** The code with key arguments and developer messages blanked too. */
    static String withoutKeysAndDeveloperText(String code) {
        StringBuilder out = new StringBuilder(code);
        blank(out, KEY_ARGUMENT.matcher(code));
        Matcher dev = DEVELOPER.matcher(code);
        while (dev.find()) {
            int end = argumentsEnd(code, dev.end() - 1);
            for (int i = dev.start(); i < end; i++) {
                if (out.charAt(i) != '\n') {
                    out.setCharAt(i, ' ');
                }
            }
        }
        return out.toString();
    }

    private static void blank(StringBuilder out, Matcher m) {
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
    }

    /** Where the call whose opening bracket is at {@code open} (or the statement, for assert) ends. */
    static int argumentsEnd(String code, int open) {
        if (code.charAt(open) != '(') {
            int semi = code.indexOf(';', open);
            return semi < 0 ? code.length() : semi;
        }
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"') {
                i++;
                while (i < code.length() && code.charAt(i) != '"') {
                    i += code.charAt(i) == '\\' ? 2 : 1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
        }
        return code.length();
    }

    static List<Offence> shownLiterals(Path file, String source) {
        String code = withoutKeysAndDeveloperText(code(source));
        List<Offence> found = new ArrayList<>();
        Matcher call = SHOWN.matcher(code);
        while (call.find()) {
            int end = argumentsEnd(code, call.end() - 1);
            Matcher lit = LITERAL.matcher(code.substring(call.end(), end));
            while (lit.find()) {
                String text = unescape(lit.group(1));
                if (LETTER.matcher(text).find() && !allowed(text)) {
                    found.add(new Offence(file, line(code, call.end() + lit.start()), text, call.group().replaceAll("\\s+", " ")));
                }
            }
        }
        return found;
    }

    static List<Offence> sentences(Path file, String source) {
        String code = withoutKeysAndDeveloperText(code(source));
        List<Offence> found = new ArrayList<>();
        Matcher block = TEXT_BLOCK.matcher(code);
        while (block.find()) {
            found.add(new Offence(file, line(code, block.start()), block.group().strip(), "text block"));
        }
        Matcher lit = LITERAL.matcher(TEXT_BLOCK.matcher(code).replaceAll(m -> " ".repeat(m.group().length())));
        while (lit.find()) {
            String text = unescape(lit.group(1));
            if (WORDS.matcher(text).find() && !allowed(text)) {
                found.add(new Offence(file, line(code, lit.start()), text, "literal"));
            }
        }
        return found;
    }

    static boolean allowed(String text) {
        String t = text.strip();
        return ALLOWED.contains(t) || NOT_WORDS.matcher(t).matches();
    }

    static int line(String code, int at) {
        int n = 1;
        for (int i = 0; i < at && i < code.length(); i++) {
            n += code.charAt(i) == '\n' ? 1 : 0;
        }
        return n;
    }

    static String unescape(String s) {
        Matcher m = Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(s);
        String u = m.replaceAll(r -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(r.group(1), 16))));
        // A line break or tab is not a letter: "\n" between two worded parts is no word.
        return u.replace("\\n", "\n").replace("\\t", "\t");
    }
}

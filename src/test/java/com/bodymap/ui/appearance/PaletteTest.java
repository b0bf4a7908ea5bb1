package com.bodymap.ui.appearance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.ui.common.Stylesheets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every colour on screen comes from the palette: a literal colour anywhere in the stylesheets
 * outside palette.css's .root blocks, or in the views' Java code, fails this test; so does a
 * looked-up colour that is used but never defined, or defined for one theme and not the light one.
 */
class PaletteTest {
    private static final Path STYLE = Path.of("assets/style");
    private static final String PALETTE = "palette.css";
    /** Hex colours, rgb()/hsb() functions and CSS colour names (transparent is no colour). */
    private static final Pattern LITERAL = Pattern.compile("#[0-9a-fA-F]{3,8}\\b|\\b(?:rgba?|hsba?)\\s*\\("
            + "|(?<![-\\w])(?:white|black|red|green|blue|yellow|orange|grey|gray|silver|navy|maroon|purple|teal|olive|lime|aqua|fuchsia|"
            + "brown|pink|gold|beige|ivory|khaki|coral|salmon|tomato|crimson|indigo|violet|tan|wheat|snow|linen)(?![-\\w])");
    /** In Java: a Color constant, a Color made from numbers or a string, or a colour inside a style string. */
    private static final Pattern JAVA_LITERAL = Pattern.compile("\\bColor\\.(?:[A-Z][A-Z_]+\\b|(?:web|rgb|color|hsb|gray|grayRgb)\\s*\\(\\s*[\\d\"])"
            + "|\"[^\"]*(?:#[0-9a-fA-F]{3,8}\\b|rgba?\\()[^\"]*\"");
    private static final Pattern DEFINITION = Pattern.compile("(-bm-[a-z0-9-]+)\\s*:");
    private static final Pattern USE = Pattern.compile(":[^;]*?(-bm-[a-z0-9-]+)|[,(]\\s*(-bm-[a-z0-9-]+)");

    private static String withoutComments(String css) {
        return css.replaceAll("(?s)/\\*.*?\\*/", " ");
    }

    /** Each rule's selector and body, in order. */
    static Map<String, String> rules(String css) {
        Map<String, String> rules = new LinkedHashMap<>();
        Matcher m = Pattern.compile("([^{}]+)\\{([^}]*)\\}").matcher(withoutComments(css));
        while (m.find()) {
            rules.merge(m.group(1).strip(), m.group(2), (a, b) -> a + b);
        }
        return rules;
    }

    static List<String> literalColours(String css) {
        List<String> found = new ArrayList<>();
        String text = withoutComments(css);
        int line = 1;
        for (String l : text.split("\n", -1)) {
            Matcher m = LITERAL.matcher(l);
            while (m.find()) {
                found.add("line " + line + ": " + m.group());
            }
            line++;
        }
        return found;
    }

    static List<String> literalColoursInJava(String source) {
        List<String> found = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String code = lines[i].replaceAll("//.*$", "");
            if (code.strip().startsWith("*") || code.strip().startsWith("/*")) {
                continue;
            }
            Matcher m = JAVA_LITERAL.matcher(code);
            while (m.find()) {
                found.add("line " + (i + 1) + ": " + m.group());
            }
        }
        return found;
    }

    @Test
    void theCheckFindsLiteralColours() {
        assertEquals(4, literalColours(".a { -fx-fill: #fff; -fx-stroke: rgba(0, 0, 0, 0.5); -fx-text-fill: white; -fx-background-color: hsb(1, 2, 3); }").size());
        assertEquals(List.of(), literalColours(".a { -fx-fill: -bm-ink; -fx-border-color: transparent; -fx-text-fill: -bm-on-avoid; } /* #fff */"));
        assertEquals(List.of(), literalColours(".white-space { -fx-fill: derive(-bm-paper, -4%); }"));
        assertEquals(3, literalColoursInJava("x.setFill(Color.WHITE);\ny = Color.rgb(10, 20, 30);\nn.setStyle(\"-fx-fill: #123456\");").size());
        assertEquals(List.of(), literalColoursInJava("Color.rgb(shade.red(), shade.green(), shade.blue()); // Color.WHITE"));
    }

    @Test
    void noStylesheetButThePaletteHasALiteralColour() throws IOException {
        Map<String, List<String>> offenders = new LinkedHashMap<>();
        for (String name : Stylesheets.ALL) {
            if (!name.equals(PALETTE)) {
                List<String> found = literalColours(Files.readString(STYLE.resolve(name)));
                if (!found.isEmpty()) {
                    offenders.put(name, found);
                }
            }
        }
        assertEquals(Map.of(), offenders, "use a looked-up colour from palette.css");
    }

    @Test
    void everyStylesheetIsLoaded() throws IOException {
        try (Stream<Path> files = Files.list(STYLE)) {
            Set<String> onDisk = new TreeSet<>(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".css")).toList());
            assertEquals(onDisk, new TreeSet<>(List.of(Stylesheets.ALL)), "a stylesheet outside Stylesheets.ALL escapes the check");
        }
    }

    @Test
    void thePaletteHoldsColoursOnlyInItsRootBlocks() throws IOException {
        Map<String, String> rules = rules(Files.readString(STYLE.resolve(PALETTE)));
        assertTrue(rules.containsKey(".root"));
        assertTrue(rules.containsKey(".root.theme-dark"));
        assertTrue(rules.containsKey(".root.theme-high-contrast"));
        rules.forEach((selector, body) -> {
            assertTrue(selector.startsWith(".root"), "palette.css holds only .root blocks: " + selector);
            if (selector.startsWith(".root.text-")) {
                assertEquals(List.of(), literalColours(body), selector + " sets a size, not colours");
            }
        });
    }

    @Test
    void everyThemeDefinesOnlyColoursTheLightThemeHasAndTheirLeastSet() throws IOException {
        Map<String, String> rules = rules(Files.readString(STYLE.resolve(PALETTE)));
        Set<String> light = defined(rules.get(".root"));
        for (String theme : List.of(".root.theme-dark", ".root.theme-high-contrast")) {
            Set<String> names = defined(rules.get(theme));
            Set<String> unknown = new TreeSet<>(names);
            unknown.removeAll(light);
            assertEquals(Set.of(), unknown, theme + " defines colours the light theme lacks (a typo?)");
            for (String must : List.of("-bm-ink", "-bm-paper", "-bm-avoid", "-bm-caution", "-bm-fine", "-bm-icon-plate", "-bm-skin")) {
                assertTrue(names.contains(must), theme + " sets " + must);
            }
        }
    }

    @Test
    void everyLookedUpColourUsedIsDefined() throws IOException {
        Set<String> defined = new TreeSet<>();
        rules(Files.readString(STYLE.resolve(PALETTE))).values().forEach(b -> defined.addAll(defined(b)));
        // The drawings' shades are properties of PictureView, set in app.css, not looked-up colours.
        Set<String> missing = new TreeSet<>();
        for (String name : Stylesheets.ALL) {
            Matcher m = USE.matcher(withoutComments(Files.readString(STYLE.resolve(name))));
            while (m.find()) {
                String used = m.group(1) != null ? m.group(1) : m.group(2);
                if (!defined.contains(used) && !used.startsWith("-bm-draw-")) {
                    missing.add(name + ": " + used);
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void oneAmberForCaution() throws IOException {
        String light = rules(Files.readString(STYLE.resolve(PALETTE))).get(".root");
        Matcher m = Pattern.compile("(-bm-[a-z-]+)\\s*:\\s*(#[0-9a-fA-F]{6})").matcher(light);
        List<String> ambers = new ArrayList<>();
        while (m.find()) {
            int rgb = Integer.parseInt(m.group(2).substring(1), 16);
            float[] hsb = java.awt.Color.RGBtoHSB(rgb >> 16 & 255, rgb >> 8 & 255, rgb & 255, null);
            // Strong oranges and ambers (not pale tints, not browns used for text kinds).
            if (hsb[0] * 360 >= 30 && hsb[0] * 360 <= 50 && hsb[1] > 0.6 && hsb[2] > 0.75) {
                ambers.add(m.group(1) + " " + m.group(2));
            }
        }
        assertEquals(List.of("-bm-caution " + light.replaceAll("(?s).*-bm-caution:\\s*(#[0-9a-fA-F]{6}).*", "$1")), ambers);
    }

    @Test
    void noViewSetsALiteralColourInJava() throws IOException {
        Map<Path, List<String>> offenders = new LinkedHashMap<>();
        for (String dir : List.of("src/main/java/com/bodymap/ui", "src/main/java/com/bodymap/app")) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    List<String> found = literalColoursInJava(Files.readString(f));
                    if (!found.isEmpty()) {
                        offenders.put(f, found);
                    }
                }
            }
        }
        assertEquals(Map.of(), offenders, "views take colours from the stylesheet's palette");
    }

    private static Set<String> defined(String body) {
        Set<String> names = new TreeSet<>();
        Matcher m = DEFINITION.matcher(body);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void theDefinitionScannerSeesEveryName() throws IOException {
        String light = rules(Files.readString(STYLE.resolve(PALETTE))).get(".root");
        assertFalse(defined(light).isEmpty());
        assertTrue(defined(light).contains("-bm-caution-text"));
    }
}

package com.bodymap.ui.appearance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.javafx.util.Utils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/**
 * The three rating colours of every theme, as seen with protanopia, deuteranopia and tritanopia
 * (Machado, Oliveira and Fernandes 2009, severity 1, in linear RGB) and in greyscale: their
 * distances (CIEDE2000) are printed for the record and must stay above a floor. The map's patterns
 * (diagonal stripes, level stripes, solid) and icons tell the ratings apart as well; this measures
 * the colours alone. Also: each icon is readable on its plate (WCAG contrast 4.5:1 or more).
 */
class RatingColourVisionTest {
    static final Map<String, double[][]> SIMULATIONS = new LinkedHashMap<>();

    static {
        SIMULATIONS.put("normal", null);
        SIMULATIONS.put("protanopia", new double[][] {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}});
        SIMULATIONS.put("deuteranopia", new double[][] {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}});
        SIMULATIONS.put("tritanopia", new double[][] {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}});
        SIMULATIONS.put("greyscale", new double[][] {{0.2126, 0.7152, 0.0722}, {0.2126, 0.7152, 0.0722}, {0.2126, 0.7152, 0.0722}});
    }

    private static final List<String> THEMES = List.of(".root", ".root.theme-dark", ".root.theme-high-contrast");

    /** The palette of one theme: the light block with the theme's block over it, references and derive() resolved. */
    static Map<String, String> palette(String theme) throws IOException {
        Map<String, String> rules = PaletteTest.rules(Files.readString(Path.of("assets/style/palette.css")));
        Map<String, String> values = new LinkedHashMap<>();
        for (String block : theme.equals(".root") ? List.of(".root") : List.of(".root", theme)) {
            Matcher m = Pattern.compile("(-bm-[a-z0-9-]+)\\s*:\\s*([^;]+);").matcher(rules.get(block));
            while (m.find()) {
                values.put(m.group(1), m.group(2).strip());
            }
        }
        return values;
    }

    static Color colour(Map<String, String> palette, String name) {
        String v = palette.get(name);
        if (v == null) {
            throw new IllegalArgumentException(name + " is not in the palette");
        }
        Matcher derive = Pattern.compile("derive\\((-bm-[a-z0-9-]+),\\s*(-?[\\d.]+)%\\)").matcher(v);
        if (derive.matches()) {
            return Utils.deriveColor(colour(palette, derive.group(1)), Double.parseDouble(derive.group(2)) / 100);
        }
        return v.startsWith("-bm-") ? colour(palette, v) : Color.web(v);
    }

    static double linear(double c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    static double encoded(double l) {
        double c = Math.max(0, Math.min(1, l));
        return c <= 0.0031308 ? c * 12.92 : 1.055 * Math.pow(c, 1 / 2.4) - 0.055;
    }

    static double[] lin(Color c) {
        return new double[] {linear(c.getRed()), linear(c.getGreen()), linear(c.getBlue())};
    }

    static Color simulate(Color c, double[][] m) {
        if (m == null) {
            return c;
        }
        double[] l = lin(c);
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            out[i] = encoded(m[i][0] * l[0] + m[i][1] * l[1] + m[i][2] * l[2]);
        }
        return Color.color(out[0], out[1], out[2]);
    }

    /** A stripe pattern as the eye averages it: {@code share} of {@code a}, the rest {@code b}, mixed as light. */
    static Color mix(Color a, Color b, double share) {
        double[] la = lin(a);
        double[] lb = lin(b);
        return Color.color(encoded(la[0] * share + lb[0] * (1 - share)), encoded(la[1] * share + lb[1] * (1 - share)),
                encoded(la[2] * share + lb[2] * (1 - share)));
    }

    static double[] lab(Color c) {
        double[] l = lin(c);
        double x = (0.4124 * l[0] + 0.3576 * l[1] + 0.1805 * l[2]) / 0.95047;
        double y = 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
        double z = (0.0193 * l[0] + 0.1192 * l[1] + 0.9505 * l[2]) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }

    /** CIEDE2000 colour difference. */
    static double deltaE(Color c1, Color c2) {
        double[] a = lab(c1);
        double[] b = lab(c2);
        double cb = (Math.hypot(a[1], a[2]) + Math.hypot(b[1], b[2])) / 2;
        double g = 0.5 * (1 - Math.sqrt(Math.pow(cb, 7) / (Math.pow(cb, 7) + Math.pow(25, 7))));
        double a1 = (1 + g) * a[1];
        double a2 = (1 + g) * b[1];
        double c1p = Math.hypot(a1, a[2]);
        double c2p = Math.hypot(a2, b[2]);
        double h1 = (Math.toDegrees(Math.atan2(a[2], a1)) + 360) % 360;
        double h2 = (Math.toDegrees(Math.atan2(b[2], a2)) + 360) % 360;
        double dL = b[0] - a[0];
        double dC = c2p - c1p;
        double dh = c1p * c2p == 0 ? 0 : h2 - h1 > 180 ? h2 - h1 - 360 : h2 - h1 < -180 ? h2 - h1 + 360 : h2 - h1;
        double dH = 2 * Math.sqrt(c1p * c2p) * Math.sin(Math.toRadians(dh / 2));
        double lb = (a[0] + b[0]) / 2;
        double cbp = (c1p + c2p) / 2;
        double hb = c1p * c2p == 0 ? h1 + h2 : Math.abs(h1 - h2) <= 180 ? (h1 + h2) / 2
                : h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
        double t = 1 - 0.17 * Math.cos(Math.toRadians(hb - 30)) + 0.24 * Math.cos(Math.toRadians(2 * hb))
                + 0.32 * Math.cos(Math.toRadians(3 * hb + 6)) - 0.20 * Math.cos(Math.toRadians(4 * hb - 63));
        double dTheta = 30 * Math.exp(-Math.pow((hb - 275) / 25, 2));
        double rc = 2 * Math.sqrt(Math.pow(cbp, 7) / (Math.pow(cbp, 7) + Math.pow(25, 7)));
        double sl = 1 + 0.015 * Math.pow(lb - 50, 2) / Math.sqrt(20 + Math.pow(lb - 50, 2));
        double sc = 1 + 0.045 * cbp;
        double sh = 1 + 0.015 * cbp * t;
        double rt = -Math.sin(Math.toRadians(2 * dTheta)) * rc;
        return Math.sqrt(Math.pow(dL / sl, 2) + Math.pow(dC / sc, 2) + Math.pow(dH / sh, 2) + rt * (dC / sc) * (dH / sh));
    }

    static double contrast(Color a, Color b) {
        double ya = luminance(a);
        double yb = luminance(b);
        return (Math.max(ya, yb) + 0.05) / (Math.min(ya, yb) + 0.05);
    }

    static double luminance(Color c) {
        double[] l = lin(c);
        return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
    }

    /** The rating colours: strong (badges, stripes) and as the map's patterns average out (avoid 55% strong, caution 60%). */
    private static Map<String, Color[]> ratings(Map<String, String> p) {
        Map<String, Color[]> r = new LinkedHashMap<>();
        r.put("avoid", new Color[] {colour(p, "-bm-avoid"), mix(colour(p, "-bm-avoid"), colour(p, "-bm-avoid-light"), 0.55)});
        r.put("caution", new Color[] {colour(p, "-bm-caution"), mix(colour(p, "-bm-caution"), colour(p, "-bm-caution-light"), 0.6)});
        r.put("fine", new Color[] {colour(p, "-bm-fine"), colour(p, "-bm-fine")});
        return r;
    }

    @Test
    void theRatingColoursStayApartUnderEachSimulation() throws IOException {
        StringBuilder table = new StringBuilder("CIEDE2000 between rating colours (strong / map pattern average)\n");
        for (String theme : THEMES) {
            Map<String, Color[]> r = ratings(palette(theme));
            double worstStrong = Double.MAX_VALUE;
            for (Map.Entry<String, double[][]> sim : SIMULATIONS.entrySet()) {
                table.append(String.format("%-26s %-13s", theme, sim.getKey()));
                List<String> names = List.copyOf(r.keySet());
                for (int i = 0; i < names.size(); i++) {
                    for (int j = i + 1; j < names.size(); j++) {
                        double strong = deltaE(simulate(r.get(names.get(i))[0], sim.getValue()), simulate(r.get(names.get(j))[0], sim.getValue()));
                        double pattern = deltaE(simulate(r.get(names.get(i))[1], sim.getValue()), simulate(r.get(names.get(j))[1], sim.getValue()));
                        worstStrong = Math.min(worstStrong, strong);
                        table.append(String.format("  %s/%s %5.1f / %5.1f", names.get(i), names.get(j), strong, pattern));
                    }
                }
                table.append('\n');
            }
            // Light (the default) keeps every pair well apart; the dark and high-contrast ambers and greens
            // come close in greyscale, where the level stripes and the icons tell caution from fine.
            double floor = theme.equals(".root") ? 12 : 4;
            assertTrue(worstStrong >= floor, theme + ": two rating colours within " + worstStrong + "\n" + table);
        }
        System.out.println(table);
    }

    @Test
    void everyIconIsReadableOnItsPlateInEveryTheme() throws IOException {
        StringBuilder table = new StringBuilder("Icon on plate, contrast ratio\n");
        for (String theme : THEMES) {
            Map<String, String> p = palette(theme);
            Color plate = colour(p, "-bm-icon-plate");
            for (String r : List.of("avoid", "caution", "fine", "not-fit")) {
                double c = contrast(colour(p, "-bm-icon-" + r), plate);
                table.append(String.format("%-26s %-8s %5.2f%n", theme, r, c));
                assertTrue(c >= 4.5, theme + " " + r + " icon on its plate: " + c);
            }
            for (String r : List.of("avoid", "caution", "fine", "not-fit")) {
                double c = contrast(colour(p, "-bm-on-" + r), colour(p, "-bm-" + r));
                table.append(String.format("%-26s badge %-8s %5.2f%n", theme, r, c));
                assertTrue(c >= 4.5, theme + " " + r + " badge words on its colour: " + c);
            }
        }
        System.out.println(table);
    }

    @Test
    void theMeasuresCanTellColoursApart() {
        assertTrue(deltaE(Color.web("#ff0000"), Color.web("#00ff00")) > 50);
        assertTrue(deltaE(Color.web("#777777"), Color.web("#787878")) < 1);
        // Red and green of equal lightness collapse for a deuteranope: the simulation must show it.
        Color red = Color.web("#c62828");
        Color green = Color.web("#2e7d32");
        double[][] deutan = SIMULATIONS.get("deuteranopia");
        assertTrue(deltaE(simulate(red, deutan), simulate(green, deutan)) < deltaE(red, green) / 4);
        assertTrue(Math.abs(contrast(Color.WHITE, Color.BLACK) - 21) < 0.01);
    }
}

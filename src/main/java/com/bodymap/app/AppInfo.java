package com.bodymap.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * What was built: the app's name, version and vendor, and the libraries and font it ships with
 * their licences. The versions come from the POM (a filtered resource), so they cannot go stale.
 */
public record AppInfo(String name, String version, String vendor, List<Component> components) {

    /** A library or font the app ships, with its licence. */
    /** {@code use} is a key: the window words it as "about.use." + use. */
    public record Component(String name, String version, String licence, String use) {
    }

    public static AppInfo load() {
        Properties p = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream("build.properties")) {
            if (in == null) {
                throw new IllegalStateException("build.properties is missing from the app");
            }
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AppInfo(p.getProperty("name"), p.getProperty("version"), p.getProperty("vendor"), List.of(
                new Component("OpenJFX (JavaFX)", p.getProperty("javafx"),
                        "GPL v2 with the Classpath Exception", "javafx"),
                new Component("ControlsFX", p.getProperty("controlsfx"), "BSD 3-Clause", "controlsfx"),
                new Component("Jackson (core, annotations, databind, JSR-310)", p.getProperty("jackson"),
                        "Apache License 2.0", "jackson"),
                new Component("Apache PDFBox (pdfbox, pdfbox-io, fontbox)", p.getProperty("pdfbox"),
                        "Apache License 2.0", "pdfbox"),
                new Component("Apache Commons Logging", implementationVersion("org.apache.commons.logging.Log"), "Apache License 2.0", "logging"),
                new Component("Java (" + System.getProperty("java.vm.vendor", "OpenJDK") + ")",
                        System.getProperty("java.version"), "GPL v2 with the Classpath Exception", "java"),
                new Component("DejaVu Sans font", "2.37", "Bitstream Vera licence with DejaVu changes in the public domain",
                        "font")));
    }

    private static String implementationVersion(String className) {
        try {
            String v = Class.forName(className, false, AppInfo.class.getClassLoader()).getPackage().getImplementationVersion();
            return v == null ? "" : v;
        } catch (ClassNotFoundException e) {
            return "";
        }
    }

    /** The app's own licence text (the LICENSE file, packed beside this class). */
    public static String licenceText() {
        try (InputStream in = AppInfo.class.getResourceAsStream("LICENSE")) {
            return in == null ? "MIT License" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "MIT License";
        }
    }

    /** The first line of the log: what runs, on what, with which content. */
    public String startLine(String contentDescription) {
        return String.format("%s %s starting; Java %s (%s); JavaFX %s; %s %s %s; content: %s", // not shown: the log's first line
                name, version, System.getProperty("java.version"), System.getProperty("java.vendor"),
                System.getProperty("javafx.runtime.version", "-"),
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"),
                contentDescription);
    }
}

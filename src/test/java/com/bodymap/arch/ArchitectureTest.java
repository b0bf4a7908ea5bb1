package com.bodymap.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.net.URL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The app's layers and its sandbox, checked on the compiled classes (issue 13, "No way out of the
 * sandbox"): only the ui and app packages touch JavaFX; the screens depend on each other without
 * cycles; and nothing opens a socket, a URL connection, an HTTP client or the system browser.
 * Sources' web addresses are shown as selectable text to copy, not opened, so no class needs the
 * network at all; a future "open in browser" must come with its own rule here (http and https only).
 */
class ArchitectureTest {
    private static JavaClasses app;

    @BeforeAll
    static void importClasses() {
        app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.bodymap");
    }

    @Test
    void onlyTheWindowLayerUsesJavaFxOrTheScreens() {
        noClasses().that().resideInAnyPackage("com.bodymap.model..", "com.bodymap.content..", "com.bodymap.wizard..",
                        "com.bodymap.store..", "com.bodymap.export..", "com.bodymap.files..", "com.bodymap.cli..",
                        "com.bodymap.i18n..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.bodymap.ui..", "com.bodymap.app..",
                        "org.controlsfx..", "com.sun.javafx..")
                .because("the model, content, wizard, store, export, files, wording and command-line code run without a display")
                .check(app);
    }

    @Test
    void theScreensFormNoCycles() {
        slices().assignedFrom(UI_PACKAGES).should().beFreeOfCycles().check(app);
    }

    @Test
    void nothingOpensANetworkConnectionOrTheBrowser() {
        NO_NETWORK.check(app);
    }

    /** The rules can fail: a class that opens a socket, a connection or the browser breaks them. */
    @Test
    void theNetworkRuleCatchesAnOffender() {
        JavaClasses offenders = new ClassFileImporter().importClasses(Offender.class);
        assertThrows(AssertionError.class, () -> NO_NETWORK.check(offenders));
    }

    /** Not used: only imported by the test above, to show what the rule refuses. */
    static final class Offender {
        void fetch() throws java.io.IOException {
            new URL("https://example.org").openStream().close();
            java.awt.Desktop.getDesktop().browse(java.net.URI.create("https://example.org"));
        }
    }

    private static final ArchRule NO_NETWORK = noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.ServerSocket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.DatagramSocket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
                .orShould().dependOnClassesThat().resideInAnyPackage("java.net.http..", "javax.net..", "org.apache.http..",
                        "okhttp3..", "java.rmi..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.SocketChannel")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.ServerSocketChannel")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.DatagramChannel")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.awt.Desktop")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.application.HostServices")
                .orShould().callMethod(URL.class, "openConnection")
                .orShould().callMethod(URL.class, "openStream")
                .orShould().callMethod(URL.class, "getContent")
                .because("Body Map works offline and never sends anything anywhere");

    /** One slice per screen package under ui (ui.bodymap, ui.region, ...), and ui itself for the main window. */
    private static final SliceAssignment UI_PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String pkg = javaClass.getPackageName();
            if (pkg.equals("com.bodymap.ui")) {
                return SliceIdentifier.of("ui");
            }
            if (pkg.startsWith("com.bodymap.ui.")) {
                String rest = pkg.substring("com.bodymap.ui.".length());
                int dot = rest.indexOf('.');
                return SliceIdentifier.of("ui." + (dot < 0 ? rest : rest.substring(0, dot)));
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the ui packages";
        }
    };
}

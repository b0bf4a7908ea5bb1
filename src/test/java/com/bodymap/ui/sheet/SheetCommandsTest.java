package com.bodymap.ui.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bodymap.content.ContentRepository;
import com.bodymap.export.PersonalPlan;
import com.bodymap.export.SheetBlock;
import com.bodymap.export.SheetComposer;
import com.bodymap.export.SheetDocument;
import com.bodymap.export.SheetFixtures;
import com.bodymap.model.Rating;
import com.bodymap.ui.bodymap.BodyMapViewModel;
import com.bodymap.ui.common.RecordingDialogs;
import com.bodymap.ui.region.RegionPageViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Menu;
import org.junit.jupiter.api.Test;

class SheetCommandsTest {
    private final ContentRepository content = SheetFixtures.content();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<SheetDocument> previewed = new ArrayList<>();
    private List<String> chooserAnswer;
    private final SheetWindows windows = new SheetWindows() {
        @Override
        public Optional<List<String>> chooseSheets(SheetChooserViewModel model) {
            return Optional.ofNullable(chooserAnswer);
        }

        @Override
        public void preview(SheetDocument document) {
            previewed.add(document);
        }
    };
    private final SheetCommands commands = new SheetCommands(content,
            new SheetComposer(content, SheetFixtures.figures()), windows, dialogs);

    @Test
    void installsAMenuItemAndAPageAction() throws Exception {
        FxThread.run(() -> {
            Menu tools = new Menu("Tools");
            RegionPageViewModel page = new RegionPageViewModel(content, new BodyMapViewModel(content, com.bodymap.i18n.Messages.english()));
            commands.install(tools, page);
            assertEquals("_Print or save sheets\u2026", tools.getItems().get(0).getText());
            assertEquals(List.of("print-sheet", "print-sheet-with-cards"),
                    page.actions().stream().map(RegionPageViewModel.PageAction::id).toList());
            assertEquals("Print this page", page.actions().get(0).label());
            assertEquals("Print with its cards", page.actions().get(1).label());
            page.actions().get(0).run().accept(content.part("glutes-right").orElseThrow());
            page.actions().get(1).run().accept(content.part("glutes-right").orElseThrow());
        });
        SheetBlock.Title title = (SheetBlock.Title) previewed.get(0).blocks().get(0);
        assertEquals("Glutes", title.text());
        assertEquals(Map.of("glutes-right", Rating.FINE), title.figures().get(0).highlighted(), "the side on screen");
        assertTrue(title.kicker().contains("your right side"), title.kicker());
        assertEquals("Region page", previewed.get(0).subject(), "the page alone");
        assertTrue(previewed.get(0).blocks().stream().noneMatch(b -> b instanceof SheetBlock.PageBreak), "no cards after it");
        assertEquals("Region page with its technique cards", previewed.get(1).subject());
        assertTrue(previewed.get(1).blocks().stream().anyMatch(b -> b instanceof SheetBlock.PageBreak), "its cards follow");
    }

    @Test
    void theChosenSheetsArePreviewedAsOneDocument() {
        chooserAnswer = List.of("glute-roll", "it-band");
        commands.printOrSaveSheets();
        assertEquals("Glute roll and IT band", previewed.get(0).title());
    }

    @Test
    void cancellingTheChooserPreviewsNothing() {
        chooserAnswer = null;
        commands.printOrSaveSheets();
        chooserAnswer = List.of();
        commands.printOrSaveSheets();
        assertEquals(List.of(), previewed);
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void aPlanIsPreviewedAndAPlanNamingAnUnknownCardIsAClearError() {
        commands.printPlan(new PersonalPlan("Your left/right plan", List.of("Release first: Glutes"), null, null,
                List.of("Glutes: start on your left side"), "Re-test after.", List.of("glutes-left"), List.of("glute-roll")), null);
        assertEquals("Your left/right plan", previewed.get(0).title());

        commands.printPlan(new PersonalPlan("P", null, null, null, null, null, null, List.of("no-such-card")), null);
        assertEquals(1, previewed.size());
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("no-such-card"), dialogs.errors.toString());
    }
}

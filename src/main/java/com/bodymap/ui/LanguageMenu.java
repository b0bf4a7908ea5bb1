package com.bodymap.ui;

import com.bodymap.i18n.Language;
import com.bodymap.i18n.Messages;
import com.bodymap.ui.common.DialogService;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

/**
 * View → Language: the system's language, English or Deutsch. The choice is saved at once and takes
 * effect at the next start, said in both the present language and the one chosen: every window,
 * including the wizard half-way through, keeps its words until then, so nothing the user typed is
 * lost to a language switch.
 */
public final class LanguageMenu extends Menu {
    private final Messages messages;
    private final DialogService dialogs;
    private final Predicate<Language> save;
    private Language chosen;

    /** {@code save} keeps the choice in the preferences and says whether it could. */
    public LanguageMenu(Messages messages, Language current, Locale system, DialogService dialogs,
                        Predicate<Language> save) {
        super(messages.text("menu.view.language"));
        setId("menu-language");
        this.messages = messages;
        this.dialogs = dialogs;
        this.save = save;
        this.chosen = current;
        ToggleGroup group = new ToggleGroup();
        for (Language l : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(name(l, system));
            item.setId("menu-language-" + l.key());
            item.setToggleGroup(group);
            item.setSelected(l == current);
            item.setOnAction(e -> choose(l, system, item));
            getItems().add(item);
        }
    }

    private String name(Language l, Locale system) {
        if (l != Language.SYSTEM) {
            return messages.text("language." + l.key());
        }
        return messages.text("language.system", messages.text("language." + l.locale(system).getLanguage()));
    }

    private void choose(Language l, Locale system, RadioMenuItem item) {
        if (l == chosen) {
            return;
        }
        if (!save.test(l)) {
            dialogs.showError(messages.text("language.title"), messages.text("language.notSaved"));
            getItems().stream().filter(i -> i.getId().equals("menu-language-" + chosen.key()))
                    .forEach(i -> ((RadioMenuItem) i).setSelected(true));
            return;
        }
        chosen = l;
        item.setSelected(true);
        Messages next = Messages.of(l.locale(system));
        String lang = next.locale().getLanguage();
        String note = messages.text("language.afterRestart", messages.text("language.named." + lang));
        if (!lang.equals(messages.locale().getLanguage())) {
            note += "\n\n" + next.text("language.afterRestart", next.text("language.named." + lang));
        }
        dialogs.showInformation(messages.text("language.title"), note);
    }
}

package com.bodymap.ui.wizard;

import com.bodymap.model.check.CheckDefinition;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.controlsfx.dialog.Wizard;
import org.controlsfx.dialog.WizardPane;

/**
 * The order of pages: choose, one page per chosen check (read from the model each time, so going
 * back and changing the choice changes the pages), then the result. Next never shows on the result
 * page, so Finish appears only there.
 */
final class ComparisonFlow implements Wizard.Flow {
    private final ComparisonWizardModel model;
    private final WizardPane choose;
    private final Function<CheckDefinition, CheckPage> pages;
    private final WizardPane result;

    ComparisonFlow(ComparisonWizardModel model, WizardPane choose, Function<CheckDefinition, CheckPage> pages,
                   WizardPane result) {
        this.model = model;
        this.choose = choose;
        this.pages = pages;
        this.result = result;
    }

    @Override
    public Optional<WizardPane> advance(WizardPane current) {
        if (current == null) {
            return Optional.of(choose);
        }
        if (current == result) {
            return Optional.empty();
        }
        List<CheckDefinition> chosen = model.chosenChecks();
        int next = current instanceof CheckPage page ? chosen.indexOf(page.check()) + 1 : 0;
        return Optional.of(next < chosen.size() ? pages.apply(chosen.get(next)) : result);
    }

    @Override
    public boolean canAdvance(WizardPane current) {
        return current != result;
    }
}

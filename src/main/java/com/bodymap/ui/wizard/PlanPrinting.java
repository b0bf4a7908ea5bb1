package com.bodymap.ui.wizard;

import com.bodymap.export.PersonalPlan;
import javafx.stage.Window;

/** Opens the print preview of a personal plan over a window (the wizard, or a saved result). */
@FunctionalInterface
public interface PlanPrinting {
    void preview(PersonalPlan plan, Window over);
}

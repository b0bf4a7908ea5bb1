package com.bodymap.ui.wizard;

import com.bodymap.ui.common.Stylesheets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.controlsfx.dialog.Wizard;
import org.controlsfx.dialog.WizardPane;

/**
 * A page of the comparison wizard. Every page carries the app's stylesheets (the wizard swaps the
 * whole dialog pane per page) and gives its buttons ids, so tests find "#wizard-next" and not a
 * localised label.
 */
abstract class StepPane extends WizardPane {

    StepPane() {
        // ControlsFX's wizard.css gives .wizard-pane a large generic picture in the header; our pages do without.
        getStyleClass().remove("wizard-pane");
        getStyleClass().add(WizardStyle.STEP);
        for (String name : Stylesheets.ALL) {
            getStylesheets().add(Stylesheets.url(name));
        }
    }

    /** Hands the page's validity to the wizard, which disables Next while it is invalid. */
    abstract void bindValidity(Wizard wizard);

    @Override
    public void onEnteringPage(Wizard wizard) {
        wizard.invalidProperty().unbind();
        bindValidity(wizard);
    }

    @Override
    protected Node createButton(ButtonType type) {
        Node button = super.createButton(type);
        ButtonBar.ButtonData data = type.getButtonData();
        button.setId(switch (data) {
            case NEXT_FORWARD -> "wizard-next";
            case BACK_PREVIOUS -> "wizard-previous";
            case FINISH -> "wizard-finish";
            case CANCEL_CLOSE -> "wizard-cancel";
            default -> null;
        });
        return button;
    }
}

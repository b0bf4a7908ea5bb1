package com.bodymap.ui.wizard;

import com.bodymap.ui.common.Stylesheets;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.dialog.Wizard;
import org.controlsfx.dialog.WizardPane;

/**
 * A page of the comparison wizard. Every page carries the app's stylesheets (the wizard swaps the
 * whole dialog pane per page) and gives its buttons ids, so tests find "#wizard-next" and not a
 * localised label. The keyboard works the same on every page: focus starts on the page's first
 * input (never on Cancel), Space ticks a box, Enter moves on to the next input and from the last
 * one presses Next, and Cancel asks before throwing away anything entered.
 */
abstract class StepPane extends WizardPane {
    /** Style class of the "Not tested" boxes, which Enter passes by on its way from a field. */
    static final String SKIP_BOX = "skip-box";
    protected final ComparisonWizardModel model;

    StepPane(ComparisonWizardModel model) {
        this.model = model;
        // ControlsFX's wizard.css gives .wizard-pane a large generic picture in the header; our pages do without.
        getStyleClass().remove("wizard-pane");
        getStyleClass().add(WizardStyle.STEP);
        for (String name : Stylesheets.ALL) {
            getStylesheets().add(Stylesheets.url(name));
        }
        addEventFilter(KeyEvent.KEY_PRESSED, this::enterMovesOn);
        // On the page, not on the buttons: ControlsFX puts its own filters on Finish and Cancel, which
        // run even when an earlier filter on the same button consumes the press, and which leave the
        // wizard with no current page (after a failed save, Finish then vanished). A filter here
        // stops the press before it reaches the button at all.
        addEventFilter(ActionEvent.ACTION, e -> {
            if (e.getTarget() instanceof Button b) {
                guardButton(b, e);
            }
        });
        // A check box or toggle acts on Enter's release too on some platforms: Enter never ticks anything.
        addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.ENTER && isStepInput(getScene() == null ? null : getScene().getFocusOwner())
                    && !(getScene().getFocusOwner() instanceof TextField)) {
                e.consume();
            }
        });
    }

    /** Hands the page's validity to the wizard, which disables Next while it is invalid. */
    abstract void bindValidity(Wizard wizard);

    /** The page's inputs in the order Enter moves through them; the first gets the focus. */
    abstract List<? extends Node> inputs();

    @Override
    public void onEnteringPage(Wizard wizard) {
        wizard.invalidProperty().unbind();
        bindValidity(wizard);
        // After the wizard has put this page in the dialog: otherwise focus falls on the first
        // button it finds, which after Previous was Cancel.
        Platform.runLater(() -> firstInput().ifPresent(Node::requestFocus));
    }

    Optional<Node> firstInput() {
        return inputs().stream().filter(n -> n.isVisible() && !n.isDisabled()).map(n -> (Node) n).findFirst();
    }

    private void enterMovesOn(KeyEvent e) {
        if (e.getCode() != KeyCode.ENTER || e.isShortcutDown() || e.isAltDown() || getScene() == null) {
            return;
        }
        Node focused = getScene().getFocusOwner();
        List<? extends Node> inputs = inputs();
        int at = inputs.indexOf(focused);
        if (at < 0 || !isStepInput(focused)) {
            return;
        }
        e.consume();
        for (int i = at + 1; i < inputs.size(); i++) {
            Node next = inputs.get(i);
            // From a field, Enter goes on to the next thing to fill in, past the "Not tested" boxes;
            // from a toggle, past the other answers to the same question.
            boolean passBy = (next.getStyleClass().contains(SKIP_BOX) && !focused.getStyleClass().contains(SKIP_BOX))
                    || (focused instanceof ToggleButton && next.getParent() == focused.getParent());
            if (next.isVisible() && !next.isDisabled() && !passBy) {
                next.requestFocus();
                return;
            }
        }
        if (lookup("#wizard-next") instanceof Button next && !next.isDisabled()) {
            next.fire();
        }
    }

    /** Lets a button press through, or consumes it: Cancel asks first, nothing moves while saving. */
    void guardButton(Button button, ActionEvent e) {
        String id = String.valueOf(button.getId());
        // Escape fires Cancel too; either way, nothing entered is thrown away without asking.
        if ((id.equals("wizard-cancel") && !model.mayClose()) || (id.equals("wizard-previous") && model.savingProperty().get())) {
            e.consume();
        }
    }

    private static boolean isStepInput(Node n) {
        return n instanceof TextField || n instanceof CheckBox || n instanceof ToggleButton;
    }

    @Override
    protected Node createButton(ButtonType type) {
        Node button = super.createButton(type);
        ButtonBar.ButtonData data = type.getButtonData();
        // The wizard's own words follow the app's language, not ControlsFX's, which follows the system's.
        String key = switch (data) {
            case NEXT_FORWARD -> "wizard.next";
            case BACK_PREVIOUS -> "wizard.previous";
            case FINISH -> "wizard.finish.plain";
            case CANCEL_CLOSE -> "button.cancel";
            default -> null;
        };
        if (key != null && button instanceof Button b) {
            b.setText(model.messages().text(key));
        }
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

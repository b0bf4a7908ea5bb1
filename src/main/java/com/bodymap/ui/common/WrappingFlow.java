package com.bodymap.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.layout.FlowPane;

/**
 * Lets a row of chips or links wrap inside the width it is given. A FlowPane is at least as wide
 * as its widest child's one-line text, so one long region name would widen a library tile past its
 * column or a card past its window; here the row may shrink, and a child longer than the row wraps
 * its text onto more lines (FlowPane measures a child's height at its maximum width, so the rows
 * below move down rather than overlap).
 */
public final class WrappingFlow {
    private WrappingFlow() {
    }

    /** Call once the flow's children are added. */
    public static void fit(FlowPane flow) {
        flow.setMinWidth(0);
        for (Node child : flow.getChildren()) {
            if (child instanceof Labeled labeled) {
                labeled.setWrapText(true);
            }
        }
        flow.widthProperty().addListener((obs, old, width) -> {
            double inner = width.doubleValue() - flow.snappedLeftInset() - flow.snappedRightInset();
            if (inner <= 0) {
                return;
            }
            for (Node child : flow.getChildren()) {
                if (child instanceof Labeled labeled) {
                    labeled.setMaxWidth(inner);
                }
            }
        });
    }
}

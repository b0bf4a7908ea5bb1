package com.bodymap.ui.wizard;

import com.bodymap.model.Side;
import com.bodymap.model.check.CheckDefinition;
import com.bodymap.model.check.CheckResult;
import java.util.List;
import javafx.beans.binding.BooleanBinding;

/** Both sides of one check, in the order the user tests them. */
public final class CheckEntry {
    private final CheckDefinition check;
    private final SideEntry left;
    private final SideEntry right;
    private final BooleanBinding valid;

    public CheckEntry(CheckDefinition check) {
        this.check = check;
        this.left = new SideEntry(check, Side.LEFT);
        this.right = new SideEntry(check, Side.RIGHT);
        this.valid = left.validBinding().and(right.validBinding());
    }

    public CheckDefinition check() {
        return check;
    }

    public SideEntry side(Side side) {
        return side == Side.RIGHT ? right : left;
    }

    /** The sides as the page lists them: the side to test first on top. */
    public List<SideEntry> sidesInOrder() {
        return check.sidesInOrder().stream().map(this::side).toList();
    }

    public BooleanBinding validBinding() {
        return valid;
    }

    /** Whether anything was entered on either side. */
    public boolean entered() {
        return left.enteredBinding().get() || right.enteredBinding().get();
    }

    public CheckResult result() {
        return new CheckResult(check.id(), left.value(), right.value());
    }
}

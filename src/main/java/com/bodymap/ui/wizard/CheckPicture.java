package com.bodymap.ui.wizard;

import com.bodymap.i18n.Messages;
import com.bodymap.content.ContentRepository;
import com.bodymap.model.Region;
import com.bodymap.model.check.CheckDefinition;
import com.bodymap.picture.Picture;
import com.bodymap.picture.Pictures;
import com.bodymap.ui.common.PictureView;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A drawing of the check's test position, with the tested area tinted, and a caption naming the
 * area and saying that the drawing shows one side of two.
 */
final class CheckPicture extends VBox {
    static final double WIDTH = 300;

    CheckPicture(CheckDefinition check, List<Picture> drawings, ContentRepository content, Messages messages) {
        setId("figure-" + check.id());
        getStyleClass().addAll("check-figure", "check-picture");
        double aspect = Pictures.commonAspect(drawings);
        for (int i = 0; i < drawings.size(); i++) {
            PictureView view = new PictureView(drawings.get(i), WIDTH, aspect);
            view.setId("check-picture-" + check.id() + (i == 0 ? "" : "-" + (i + 1)));
            getChildren().add(view);
            if (!drawings.get(i).label().isEmpty()) {
                getChildren().add(ChooseChecksPage.text(drawings.get(i).label(), WizardStyle.MUTED));
            }
        }
        List<String> names = check.regions().stream()
                .map(id -> content.region(id).map(Region::name).orElse(ReportWording.readable(id))).toList();
        Label caption = ChooseChecksPage.text(messages.text("wizard.picture.caption",
                String.join(messages.text("list.separator"), names)), WizardStyle.MUTED);
        caption.getStyleClass().add("check-picture-caption");
        caption.setMaxWidth(WIDTH);
        getChildren().add(caption);
    }
}

package com.bodymap.ui.wizard;

import com.bodymap.i18n.Messages;
import com.bodymap.content.ContentRepository;
import com.bodymap.model.Figure;
import com.bodymap.model.FigureShape;
import com.bodymap.model.View;
import com.bodymap.model.check.CheckDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
import javafx.scene.transform.Scale;

/**
 * A small copy of the body figure with the tested regions filled in on both sides, labelled with
 * the body's own left and right. Without figure data for the region it shows the region names
 * instead, so a check page never breaks over a missing drawing.
 */
final class CheckFigure extends VBox {
    static final double HEIGHT = 230;

    CheckFigure(CheckDefinition check, Map<View, Figure> figures, ContentRepository content, Messages messages) {
        setId("figure-" + check.id());
        getStyleClass().add("check-figure");
        List<String> names = check.regions().stream()
                .map(id -> content.region(id).map(com.bodymap.model.Region::name).orElse(ReportWording.readable(id)))
                .toList();
        Optional<View> view = viewOf(check, figures, content);
        if (view.isEmpty()) {
            Label none = ChooseChecksPage.text(messages.text("wizard.figure.tested",
                    String.join(messages.text("list.separator"), names)), WizardStyle.MUTED);
            none.getStyleClass().add("figure-missing");
            getChildren().add(none);
            return;
        }
        Figure figure = figures.get(view.get());
        Group drawing = new Group();
        SVGPath silhouette = new SVGPath();
        silhouette.setContent(figure.silhouette());
        silhouette.getStyleClass().add("check-figure-silhouette");
        drawing.getChildren().add(silhouette);
        for (FigureShape shape : shapesFor(check, figure)) {
            SVGPath p = new SVGPath();
            p.setContent(shape.path());
            p.getStyleClass().add("check-figure-highlight");
            if (shape.mirrored()) {
                p.getTransforms().add(new Scale(-1, 1, figure.width() / 2, 0));
            }
            drawing.getChildren().add(p);
        }
        double s = HEIGHT / figure.height();
        drawing.getTransforms().add(new Scale(s, s));
        // The figure is drawn facing the viewer on the front view: the body's left is on the viewer's right.
        boolean front = view.get() == View.FRONT;
        Label viewerLeft = ChooseChecksPage.text(messages.text(front ? "wizard.figure.yourRight" : "wizard.figure.yourLeft"),
                "check-figure-side");
        Label viewerRight = ChooseChecksPage.text(messages.text(front ? "wizard.figure.yourLeft" : "wizard.figure.yourRight"),
                "check-figure-side");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox sides = new HBox(viewerLeft, gap, viewerRight);
        sides.setMaxWidth(Double.MAX_VALUE);
        BorderPane holder = new BorderPane(new Group(drawing));
        Label caption = ChooseChecksPage.text(messages.text("wizard.figure.caption." + view.get().key(),
                String.join(messages.text("list.separator"), names)), WizardStyle.MUTED);
        getChildren().addAll(sides, holder, caption);
    }

    private static Optional<View> viewOf(CheckDefinition check, Map<View, Figure> figures, ContentRepository content) {
        for (String id : check.regions()) {
            Optional<View> v = content.region(id).map(com.bodymap.model.Region::view);
            if (v.isPresent() && figures.containsKey(v.get()) && !shapesFor(check, figures.get(v.get())).isEmpty()) {
                return v;
            }
        }
        return figures.keySet().stream().filter(v -> !shapesFor(check, figures.get(v)).isEmpty()).findFirst();
    }

    private static List<FigureShape> shapesFor(CheckDefinition check, Figure figure) {
        List<FigureShape> shapes = new ArrayList<>();
        for (String id : check.regions()) {
            for (String part : List.of(id + "-left", id + "-right", id)) {
                figure.shape(part).ifPresent(shapes::add);
            }
        }
        return shapes;
    }
}

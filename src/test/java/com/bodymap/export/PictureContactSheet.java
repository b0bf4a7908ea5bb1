package com.bodymap.export;

import com.bodymap.content.ContentRepository;
import com.bodymap.content.ContentLoader;
import com.bodymap.content.ContentSource;
import com.bodymap.model.Region;
import com.bodymap.picture.PictureBook;
import com.bodymap.picture.PictureLoader;
import com.bodymap.picture.PictureReview;
import com.bodymap.picture.PictureSpec;
import com.bodymap.picture.Pictures;
import com.bodymap.picture.Sketch;
import com.bodymap.picture.SketchRenderer;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A contact sheet of every drawing, for looking at them side by side while posing (not a test):
 * {@code java -cp ... com.bodymap.export.PictureContactSheet out.pdf [id...]}. Prints each
 * drawing's review problems and contact gaps.
 */
public final class PictureContactSheet {
    public static void main(String[] args) throws Exception {
        ContentRepository content = new ContentLoader().load(ContentSource.bundled());
        PictureLoader loader = new PictureLoader();
        PictureBook book = loader.poses();
        SketchRenderer renderer = new SketchRenderer(loader.body(), id -> content.region(id).map(Region::rating));
        PictureReview review = new PictureReview(loader.body());
        List<String> only = args.length > 1 ? List.of(args).subList(1, args.length) : List.of();
        double w = Double.parseDouble(System.getProperty("w", "260"));
        double h = w / Pictures.ASPECT;
        List<String[]> names = new ArrayList<>();
        List<PictureSpec> specs = new ArrayList<>();
        for (Map<String, List<PictureSpec>> part : List.of(book.cards(), book.checks())) {
            part.keySet().stream().sorted().forEach(id -> {
                if (only.isEmpty() || only.contains(id)) {
                    List<PictureSpec> list = part.get(id);
                    for (int i = 0; i < list.size(); i++) {
                        names.add(new String[] {id, list.get(i).label()});
                        specs.add(list.get(i));
                    }
                }
            });
        }
        try (PDDocument pdf = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            int perRow = (int) Math.max(1, Math.floor(560 / (w + 10)));
            int rows = (int) Math.max(1, Math.floor(800 / (h + 24)));
            PDPageContentStream cs = null;
            for (int i = 0; i < specs.size(); i++) {
                int slot = i % (perRow * rows);
                if (slot == 0) {
                    if (cs != null) {
                        cs.close();
                    }
                    PDPage page = new PDPage(PDRectangle.A4);
                    pdf.addPage(page);
                    cs = new PDPageContentStream(pdf, page);
                }
                float x = 20 + (float) ((slot % perRow) * (w + 10));
                float top = 820 - (float) ((slot / perRow) * (h + 24));
                String title = names.get(i)[0] + (names.get(i)[1].isEmpty() ? "" : " - " + names.get(i)[1]);
                try {
                    Sketch sketch = renderer.render(specs.get(i), w, h);
                    cs.setStrokingColor(0.8f, 0.8f, 0.8f);
                    cs.addRect(x, top - 12 - (float) h, (float) w, (float) h);
                    cs.stroke();
                    new SketchPdfPainter().paint(cs, sketch, x, top - 12);
                } catch (RuntimeException e) {
                    title += " FAILED " + e.getMessage();
                }
                cs.beginText();
                cs.setFont(font, 8);
                cs.setNonStrokingColor(0f, 0f, 0f);
                cs.newLineAtOffset(x, top - 8);
                cs.showText(title.length() > 90 ? title.substring(0, 90) : title);
                cs.endText();
                List<String> problems = review.problems(specs.get(i));
                String gaps;
                try {
                    gaps = review.gaps(specs.get(i)).toString();
                } catch (RuntimeException e) {
                    gaps = e.getMessage();
                }
                if (System.getProperty("layout") != null) {
                    try {
                        review.layout(specs.get(i)).forEach(l -> System.out.println("    " + l));
                    } catch (RuntimeException e) {
                        System.out.println("    " + e.getMessage());
                    }
                }
                System.out.println(title + " " + gaps + (problems.isEmpty() ? "" : " PROBLEMS " + problems));
            }
            if (cs != null) {
                cs.close();
            }
            pdf.save(new File(args[0]));
        }
    }
}

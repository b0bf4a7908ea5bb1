package com.bodymap.ui.sheet;

import java.awt.image.BufferedImage;
import java.io.IOException;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders the pages of a sheet PDF as JavaFX images, for the preview and for printing. Not
 * thread-safe: the view-model uses it from one background thread only.
 */
final class PageImages implements AutoCloseable {
    private final PDDocument document;
    private final PDFRenderer renderer;

    PageImages(byte[] pdf) throws IOException {
        this.document = Loader.loadPDF(pdf);
        this.renderer = new PDFRenderer(document);
    }

    int count() {
        return document.getNumberOfPages();
    }

    /** The page's size in points, for fitting it to the paper. */
    float[] pageSize(int index) {
        var box = document.getPage(index).getMediaBox();
        return new float[] {box.getWidth(), box.getHeight()};
    }

    BufferedImage renderAwt(int index, float dpi) throws IOException {
        return renderer.renderImageWithDPI(index, dpi, ImageType.RGB);
    }

    Image render(int index, float dpi) throws IOException {
        return toFx(renderAwt(index, dpi));
    }

    /** Copies pixels across; javafx-swing's SwingFXUtils would do the same but is one more module. */
    static WritableImage toFx(BufferedImage image) {
        return toFx(image, null);
    }

    /** As {@link #toFx(BufferedImage)}, into {@code reuse} when it has the same size. */
    static WritableImage toFx(BufferedImage image, WritableImage reuse) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        WritableImage fx = reuse != null && reuse.getWidth() == w && reuse.getHeight() == h ? reuse : new WritableImage(w, h);
        fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        return fx;
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}

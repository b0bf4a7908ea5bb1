package com.bodymap.ui.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.image.BufferedImage;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A print job draws every page into one image (see FxPrintSession): the next page replaces every pixel. */
class PageImagesTest {
    @BeforeAll
    static void toolkit() {
        FxThread.start();
    }

    @Test
    void aPageOfTheSameSizeIsDrawnIntoTheSameImageAndReplacesAllOfIt() {
        WritableImage first = PageImages.toFx(filled(40, 30, 0xFF0000));
        WritableImage second = PageImages.toFx(filled(40, 30, 0x0000FF), first);
        assertSame(first, second);
        for (int[] p : new int[][] {{0, 0}, {39, 29}, {20, 15}}) {
            assertEquals(0xFF0000FF, second.getPixelReader().getArgb(p[0], p[1]));
        }
    }

    @Test
    void aPageOfAnotherSizeGetsAnImageOfItsOwn() {
        WritableImage first = PageImages.toFx(filled(40, 30, 0xFF0000));
        WritableImage other = PageImages.toFx(filled(30, 40, 0x00FF00), first);
        assertNotSame(first, other);
        assertEquals(30, other.getWidth());
        assertEquals(0xFFFF0000, first.getPixelReader().getArgb(5, 5));
        assertEquals(0xFF00FF00, other.getPixelReader().getArgb(5, 5));
    }

    private static BufferedImage filled(int w, int h, int rgb) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, rgb);
            }
        }
        return image;
    }
}

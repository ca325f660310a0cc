package eu.csar.reports.application;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The desk's first look at an evidence image: grey, without detail, PNG; a synthetic checkerboard stands in for evidence. */
class ReviewerImagesTest {

    /** A synthetic, harmless test image: a red and blue checkerboard of 4-pixel squares. */
    static byte[] checkerboard(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        for (int y = 0; y < height; y += 4) {
            for (int x = 0; x < width; x += 4) {
                g.setColor(((x + y) / 4) % 2 == 0 ? Color.RED : Color.BLUE);
                g.fillRect(x, y, 4, 4);
            }
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void theImageComesBackGreyAndWithoutItsDetail() throws IOException {
        byte[] blurred = ReviewerImages.blurredGrey(checkerboard(640, 480)).orElseThrow();
        BufferedImage shown = ImageIO.read(new ByteArrayInputStream(blurred));
        assertEquals(ReviewerImages.SHOWN, shown.getWidth(), "the long side");
        assertEquals(270, shown.getHeight(), "the aspect ratio kept");
        int min = 255;
        int max = 0;
        for (int y = 0; y < shown.getHeight(); y++) {
            for (int x = 0; x < shown.getWidth(); x++) {
                int rgb = shown.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                assertTrue(r == g && g == b, "grey at " + x + "," + y);
                min = Math.min(min, r);
                max = Math.max(max, r);
            }
        }
        assertTrue(max - min < 40, "the 4-pixel squares are averaged away: contrast " + (max - min));
    }

    @Test
    void aSmallImageIsNotEnlargedBeyondTheDesksSizeAndNoImageGivesNothing() throws IOException {
        BufferedImage shown = ImageIO.read(new ByteArrayInputStream(ReviewerImages.blurredGrey(checkerboard(40, 20)).orElseThrow()));
        assertEquals(40, shown.getWidth());
        assertTrue(ReviewerImages.blurredGrey("not an image".getBytes()).isEmpty());
        assertTrue(ReviewerImages.blurredGrey(new byte[0]).isEmpty());
    }
}

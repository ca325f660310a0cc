package eu.csar.it.support;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** Harmless synthetic pictures drawn in the test, the only content the vault's and the reports' tests ever send. */
public final class SyntheticImages {

    private SyntheticImages() {
    }

    /** A two-colour gradient PNG, 80x60, different for each seed. */
    public static byte[] gradientPng(int seed) {
        BufferedImage image = new BufferedImage(80, 60, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(seed * 37 % 256, 90, 200), 80, 60, new Color(250, seed * 53 % 256, 40)));
        g.fillRect(0, 0, 80, 60);
        g.dispose();
        return png(image);
    }

    /**
     * A 96x96 PNG of 8x8 grey blocks, their shades drawn from {@code seed}: pictures whose PDQ hashes
     * differ from seed to seed (gradients all hash alike), for tests of near-duplicate search.
     */
    public static byte[] blocksPng(long seed) {
        java.util.Random random = new java.util.Random(seed);
        BufferedImage image = new BufferedImage(96, 96, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                int grey = random.nextInt(256);
                g.setColor(new Color(grey, grey, grey));
                g.fillRect(x * 12, y * 12, 12, 12);
            }
        }
        g.dispose();
        return png(image);
    }

    private static byte[] png(BufferedImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

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
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

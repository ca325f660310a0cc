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

    /**
     * A photo-like picture for hashing tests and speed figures: a diagonal two-colour gradient, 30
     * antialiased translucent ellipses, rectangles and thick strokes, and ±{@code noise} of sensor-like
     * noise per channel, all drawn from {@code seed}. {@code grey} draws it in 8-bit grey.
     */
    public static BufferedImage photoLike(int width, int height, long seed, int noise, boolean grey) {
        java.util.Random random = new java.util.Random(seed);
        BufferedImage image = new BufferedImage(width, height, grey ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(random.nextInt(0xffffff)), width, height, new Color(random.nextInt(0xffffff))));
        g.fillRect(0, 0, width, height);
        for (int shape = 0; shape < 30; shape++) {
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 96 + random.nextInt(160)));
            int x = random.nextInt(width);
            int y = random.nextInt(height);
            int w = 8 + random.nextInt(Math.max(1, width / 3));
            int h = 8 + random.nextInt(Math.max(1, height / 3));
            switch (shape % 3) {
                case 0 -> g.fill(new java.awt.geom.Ellipse2D.Double(x - w / 2.0, y - h / 2.0, w, h));
                case 1 -> g.fillRect(x, y, w, h);
                default -> {
                    g.setStroke(new java.awt.BasicStroke(2 + random.nextInt(10)));
                    g.drawLine(x, y, random.nextInt(width), random.nextInt(height));
                }
            }
        }
        g.dispose();
        java.awt.image.WritableRaster raster = image.getRaster();
        int[] row = new int[width * raster.getNumBands()];
        for (int y = 0; y < height; y++) {
            raster.getPixels(0, y, width, 1, row);
            for (int i = 0; i < row.length; i++) {
                row[i] = Math.max(0, Math.min(255, row[i] + random.nextInt(2 * noise + 1) - noise));
            }
            raster.setPixels(0, y, width, 1, row);
        }
        return image;
    }

    /** The picture as a JPEG of the given quality (0..1), baseline or progressive, written by ImageIO. */
    public static byte[] jpeg(BufferedImage image, float quality, boolean progressive) {
        javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             javax.imageio.stream.MemoryCacheImageOutputStream out = new javax.imageio.stream.MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            if (progressive) {
                param.setProgressiveMode(javax.imageio.ImageWriteParam.MODE_DEFAULT);
            }
            writer.write(null, new javax.imageio.IIOImage(image, null, null), param);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } finally {
            writer.dispose();
        }
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

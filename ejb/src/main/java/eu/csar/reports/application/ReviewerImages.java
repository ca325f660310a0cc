package eu.csar.reports.application;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Reviewer wellness (issue 11 §3, as hotline tools do it): the first look at an evidence image is a
 * version the server has made unrecognisable in detail, scaled down to {@link #COARSE} pixels on its
 * long side (which throws the detail away: a blur no browser setting can undo), scaled back up
 * smoothly to at most {@link #SHOWN} pixels, and turned grey. Plain Java2D, no native code; the
 * output is always a PNG. Content that is not a readable image gets no preview (empty).
 */
public final class ReviewerImages {

    /** The long side, in pixels, the detail is reduced to. */
    static final int COARSE = 24;
    /** The long side, in pixels, of the image shown. */
    static final int SHOWN = 360;

    private ReviewerImages() {
    }

    /** The blurred, grey PNG of {@code image} (PNG, JPEG, GIF as ImageIO reads them), or empty if it is no readable image. */
    public static Optional<byte[]> blurredGrey(byte[] image) {
        BufferedImage source;
        try {
            source = ImageIO.read(new ByteArrayInputStream(image));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (source == null || source.getWidth() < 1 || source.getHeight() < 1) {
            return Optional.empty();
        }
        int longSide = Math.max(source.getWidth(), source.getHeight());
        BufferedImage coarse = scaled(source, 1.0, BufferedImage.TYPE_BYTE_GRAY);
        // halving steps average every pixel in (one big bilinear step would only sample a few)
        while (Math.max(coarse.getWidth(), coarse.getHeight()) > 2 * COARSE) {
            coarse = scaled(coarse, 0.5, BufferedImage.TYPE_BYTE_GRAY);
        }
        int current = Math.max(coarse.getWidth(), coarse.getHeight());
        coarse = scaled(coarse, (double) Math.min(COARSE, current) / current, BufferedImage.TYPE_BYTE_GRAY);
        int coarseLong = Math.max(coarse.getWidth(), coarse.getHeight());
        BufferedImage shown = scaled(coarse, (double) Math.min(SHOWN, Math.max(longSide, COARSE)) / coarseLong,
                BufferedImage.TYPE_BYTE_GRAY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(shown, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(out.toByteArray());
    }

    private static BufferedImage scaled(BufferedImage source, double factor, int type) {
        int w = Math.max(1, (int) Math.round(source.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(source.getHeight() * factor));
        BufferedImage target = new BufferedImage(w, h, type);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return target;
    }
}

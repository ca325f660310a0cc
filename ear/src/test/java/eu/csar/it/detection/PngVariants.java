package eu.csar.it.detection;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Graphics2D;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * PNG files in every layout the Java engine's decoder distinguishes, written by ImageIO from one
 * picture: 8- and 16-bit grey, grey+alpha, RGB and RGBA (alpha down to 0, so a browser that
 * premultiplied would lose colour), 1/2/4-bit grey, colour palettes with and without transparency,
 * Adam7-interlaced copies, and the sizes PDQ treats specially (under 5 pixels, exactly 64x64).
 */
final class PngVariants {

    private PngVariants() {
    }

    static List<Path> write(BufferedImage picture, Path dir) throws IOException {
        int w = picture.getWidth();
        int h = picture.getHeight();
        List<Path> files = new ArrayList<>();
        BufferedImage argb = draw(picture, new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB));
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int alpha = (x * 7 + y * 3) & 0xff; // every alpha value, 0 included
                argb.setRGB(x, y, alpha << 24 | (argb.getRGB(x, y) & 0xffffff));
            }
        }
        files.add(png(dir, "variant-rgba8-alpha.png", argb, false));
        files.add(png(dir, "variant-rgba8-alpha-interlaced.png", argb, true));
        files.add(png(dir, "variant-rgb8.png", draw(picture, new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR)), false));
        BufferedImage grey = draw(picture, new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY));
        files.add(png(dir, "variant-grey8.png", grey, false));
        files.add(png(dir, "variant-grey16.png", draw(picture, new BufferedImage(w, h, BufferedImage.TYPE_USHORT_GRAY)), false));
        files.add(png(dir, "variant-grey-alpha8.png", withAlpha(grey, component(ColorSpace.CS_GRAY, true, DataBuffer.TYPE_BYTE, w, h)), false));
        files.add(png(dir, "variant-rgb16.png", copyRgb(argb, component(ColorSpace.CS_sRGB, false, DataBuffer.TYPE_USHORT, w, h)), false));
        files.add(png(dir, "variant-rgba16-alpha.png", copyRgb(argb, component(ColorSpace.CS_sRGB, true, DataBuffer.TYPE_USHORT, w, h)), false));
        for (int bits : new int[] {1, 2, 4}) {
            int n = 1 << bits;
            byte[] levels = new byte[n];
            for (int i = 0; i < n; i++) {
                levels[i] = (byte) (i * 255 / (n - 1));
            }
            BufferedImage binary = draw(grey, new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY,
                    new IndexColorModel(bits, n, levels, levels, levels)));
            files.add(png(dir, "variant-grey" + bits + ".png", binary, false));
            if (bits == 2) {
                files.add(png(dir, "variant-grey2-interlaced.png", binary, true));
            }
        }
        BufferedImage indexed = draw(picture, new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED));
        files.add(png(dir, "variant-palette8.png", indexed, false));
        files.add(png(dir, "variant-palette8-interlaced.png", indexed, true));
        byte[] r = new byte[16];
        byte[] g = new byte[16];
        byte[] b = new byte[16];
        byte[] a = new byte[16];
        for (int i = 0; i < 16; i++) {
            r[i] = (byte) (i * 17);
            g[i] = (byte) (255 - i * 13);
            b[i] = (byte) (i * 61 % 256);
            a[i] = (byte) (i * 16);
        }
        files.add(png(dir, "variant-palette4.png", draw(picture, new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY,
                new IndexColorModel(4, 16, r, g, b))), false));
        files.add(png(dir, "variant-palette8-transparent.png", draw(picture, new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(8, 16, r, g, b, a))), false));
        files.add(png(dir, "variant-size-4x300.png", crop(picture, 4, 300), false));
        files.add(png(dir, "variant-size-5x7.png", crop(picture, 5, 7), false));
        files.add(png(dir, "variant-size-64x64.png", crop(picture, 64, 64), false));
        files.add(png(dir, "variant-size-65x129.png", crop(picture, 65, 129), false));
        return files;
    }

    private static BufferedImage draw(BufferedImage from, BufferedImage to) {
        Graphics2D g = to.createGraphics();
        g.drawImage(from, 0, 0, null);
        g.dispose();
        return to;
    }

    private static BufferedImage crop(BufferedImage picture, int w, int h) {
        return draw(picture.getSubimage(picture.getWidth() / 3, picture.getHeight() / 3, w, h), new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR));
    }

    private static BufferedImage component(int space, boolean alpha, int type, int w, int h) {
        int bits = type == DataBuffer.TYPE_USHORT ? 16 : 8;
        ColorSpace cs = ColorSpace.getInstance(space);
        int bands = cs.getNumComponents() + (alpha ? 1 : 0);
        int[] sizes = new int[bands];
        java.util.Arrays.fill(sizes, bits);
        ComponentColorModel model = new ComponentColorModel(cs, sizes, alpha, false,
                alpha ? Transparency.TRANSLUCENT : Transparency.OPAQUE, type);
        return new BufferedImage(model, model.createCompatibleWritableRaster(w, h), false, null);
    }

    /** Grey plus an alpha pattern, sample by sample (no colour conversion). */
    private static BufferedImage withAlpha(BufferedImage grey, BufferedImage to) {
        WritableRaster out = to.getRaster();
        for (int y = 0; y < grey.getHeight(); y++) {
            for (int x = 0; x < grey.getWidth(); x++) {
                out.setSample(x, y, 0, grey.getRaster().getSample(x, y, 0));
                out.setSample(x, y, 1, (x * 5 + y) & 0xff);
            }
        }
        return to;
    }

    /** 8-bit ARGB samples widened to 16 bits with distinct low bytes (the engine keeps the high byte). */
    private static BufferedImage copyRgb(BufferedImage argb, BufferedImage to) {
        WritableRaster out = to.getRaster();
        for (int y = 0; y < argb.getHeight(); y++) {
            for (int x = 0; x < argb.getWidth(); x++) {
                int p = argb.getRGB(x, y);
                int low = (x + y) & 0xff;
                out.setSample(x, y, 0, ((p >> 16) & 0xff) << 8 | low);
                out.setSample(x, y, 1, ((p >> 8) & 0xff) << 8 | (255 - low));
                out.setSample(x, y, 2, (p & 0xff) << 8 | low);
                if (out.getNumBands() == 4) {
                    out.setSample(x, y, 3, (p >>> 24) << 8 | low);
                }
            }
        }
        return to;
    }

    private static Path png(Path dir, String name, BufferedImage image, boolean interlaced) throws IOException {
        Path file = dir.resolve(name);
        ImageWriter writer = ImageIO.getImageWriters(ImageTypeSpecifier.createFromRenderedImage(image), "png").next();
        Files.deleteIfExists(file);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setProgressiveMode(interlaced ? ImageWriteParam.MODE_DEFAULT : ImageWriteParam.MODE_DISABLED);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return file;
    }
}

package eu.csar.detection.pdq;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.DataBufferUShort;
import java.awt.image.DirectColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.color.ColorSpace;

/**
 * The luma plane PDQ hashes: row-major float, {@code height} rows of {@code width} pixels.
 *
 * <p>Built from a decoded image the way the reference's decoders feed it: 8-bit RGB through the
 * Rec. 601 weights in float, grey (also 1/2/4-bit grey and grey palettes) taken as is, 16-bit
 * samples reduced to their high byte, alpha ignored (the colour values are used as stored, not
 * composited).
 */
public record LumaImage(float[] luma, int width, int height) {

    public LumaImage {
        if ((long) width * height > luma.length) {
            throw new IllegalArgumentException("luma too small for " + width + "x" + height);
        }
    }

    /** Luma of a decoded image. */
    public static LumaImage of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        float[] out = new float[w * h];
        Raster raster = image.getRaster();
        DataBuffer db = raster.getDataBuffer();
        boolean grey = image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY
                && !(image.getColorModel() instanceof IndexColorModel);
        boolean rgb = image.getColorModel().getColorSpace().isCS_sRGB()
                && !(image.getColorModel() instanceof IndexColorModel);
        if (raster.getSampleModel() instanceof ComponentSampleModel csm
                && raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0
                && db.getNumBanks() == 1 && db.getOffset() == 0 && (grey || (rgb && csm.getNumBands() >= 3))) {
            if (db instanceof DataBufferByte bytes) {
                fromBytes(bytes.getData(), csm, grey, w, h, out);
                return new LumaImage(out, w, h);
            }
            if (db instanceof DataBufferUShort shorts) {
                fromShorts(shorts.getData(), csm, grey, w, h, out);
                return new LumaImage(out, w, h);
            }
        }
        // Every fast path gives the luma the general path below gives: a mutant that only sends an image
        // to the general path (a negated layout check such as the translation's) is equivalent and survives.
        if (db instanceof DataBufferInt ints && image.getColorModel() instanceof DirectColorModel dcm
                && rgb && dcm.getRedMask() == 0xff0000 && dcm.getGreenMask() == 0xff00 && dcm.getBlueMask() == 0xff
                && raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0
                && db.getOffset() == 0 && raster.getSampleModel() instanceof SinglePixelPackedSampleModel sppsm
                && sppsm.getScanlineStride() == w) {
            int[] px = ints.getData();
            for (int i = 0; i < w * h; i++) {
                int p = px[i];
                out[i] = rgbLuma((p >> 16) & 0xff, (p >> 8) & 0xff, p & 0xff);
            }
            return new LumaImage(out, w, h);
        }
        if (image.getColorModel() instanceof IndexColorModel icm && isGreyPalette(icm)) {
            // 1/2/4-bit grey PNGs decode to a grey palette; the reference expands them to 8-bit grey.
            int[] row = new int[w];
            for (int y = 0; y < h; y++) {
                raster.getSamples(0, y, w, 1, 0, row);
                for (int x = 0; x < w; x++) {
                    out[y * w + x] = icm.getRed(row[x]);
                }
            }
            return new LumaImage(out, w, h);
        }
        // Anything else (colour palettes, other colour spaces): convert to 8-bit sRGB a row at a time.
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int p = row[x];
                out[y * w + x] = rgbLuma((p >> 16) & 0xff, (p >> 8) & 0xff, p & 0xff);
            }
        }
        return new LumaImage(out, w, h);
    }

    /** The reference's luma: float weights, summed left to right. */
    static float rgbLuma(int r, int g, int b) {
        return PdqHasher.LUMA_R * r + PdqHasher.LUMA_G * g + PdqHasher.LUMA_B * b;
    }

    /** {@code LUMA_R * v} for every 8-bit value v, then G and B: the same float products, looked up. */
    private static final float[] TIMES_R = products(PdqHasher.LUMA_R);
    private static final float[] TIMES_G = products(PdqHasher.LUMA_G);
    private static final float[] TIMES_B = products(PdqHasher.LUMA_B);

    private static float[] products(float weight) {
        float[] p = new float[256];
        for (int v = 0; v < 256; v++) {
            p[v] = weight * v;
        }
        return p;
    }

    private static boolean isGreyPalette(IndexColorModel icm) {
        for (int i = 0; i < icm.getMapSize(); i++) {
            if (icm.getRed(i) != icm.getGreen(i) || icm.getRed(i) != icm.getBlue(i)) {
                return false;
            }
        }
        return true;
    }

    private static void fromBytes(byte[] data, ComponentSampleModel csm, boolean grey, int w, int h, float[] out) {
        int[] offs = csm.getBandOffsets();
        int ps = csm.getPixelStride();
        int ss = csm.getScanlineStride();
        if (grey) {
            int o0 = offs[0];
            for (int y = 0; y < h; y++) {
                int p = y * ss + o0;
                int q = y * w;
                for (int x = 0; x < w; x++, p += ps) {
                    out[q + x] = data[p] & 0xff;
                }
            }
            return;
        }
        int or = offs[0];
        int og = offs[1];
        int ob = offs[2];
        float[] tr = TIMES_R;
        float[] tg = TIMES_G;
        float[] tb = TIMES_B;
        for (int y = 0; y < h; y++) {
            int p = y * ss;
            int q = y * w;
            for (int x = 0; x < w; x++, p += ps) {
                // rgbLuma with the three products looked up: (R + G) + B, each product the same float.
                out[q + x] = tr[data[p + or] & 0xff] + tg[data[p + og] & 0xff] + tb[data[p + ob] & 0xff];
            }
        }
    }

    private static void fromShorts(short[] data, ComponentSampleModel csm, boolean grey, int w, int h, float[] out) {
        int[] offs = csm.getBandOffsets();
        int ps = csm.getPixelStride();
        int ss = csm.getScanlineStride();
        // 16-bit samples keep their high byte, as libpng's strip-16 does.
        for (int y = 0; y < h; y++) {
            int p = y * ss;
            int q = y * w;
            for (int x = 0; x < w; x++, p += ps) {
                if (grey) {
                    out[q + x] = (data[p + offs[0]] & 0xffff) >>> 8;
                } else {
                    out[q + x] = rgbLuma((data[p + offs[0]] & 0xffff) >>> 8, (data[p + offs[1]] & 0xffff) >>> 8,
                            (data[p + offs[2]] & 0xffff) >>> 8);
                }
            }
        }
    }

    /**
     * The squash of the reference command-line tool: an image wider or taller than 512 pixels is
     * resized to exactly 512x512 by nearest neighbour (CImg's default), aspect ratio not kept.
     * Nearest neighbour only picks pixels, so picking luma values is the same as picking colours.
     */
    public LumaImage squashTo512() {
        if (width <= 512 && height <= 512) {
            return this;
        }
        float[] out = new float[512 * 512];
        int[] srcX = new int[512];
        for (int x = 0; x < 512; x++) {
            srcX[x] = (int) ((long) x * width / 512);
        }
        for (int y = 0; y < 512; y++) {
            int sy = (int) ((long) y * height / 512);
            int base = sy * width;
            for (int x = 0; x < 512; x++) {
                out[y * 512 + x] = luma[base + srcX[x]];
            }
        }
        return new LumaImage(out, 512, 512);
    }

    /**
     * This image as displayed under an EXIF orientation tag (1..8): rotated and/or mirrored so that
     * it appears upright. Orientation 1 or an unknown value returns this image.
     */
    public LumaImage oriented(int exifOrientation) {
        if (exifOrientation < 2 || exifOrientation > 8) {
            return this;
        }
        boolean swap = exifOrientation >= 5;
        int nw = swap ? height : width;
        int nh = swap ? width : height;
        float[] out = new float[nw * nh];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int dx;
                int dy;
                switch (exifOrientation) {
                    case 2 -> { dx = width - 1 - x; dy = y; }
                    case 3 -> { dx = width - 1 - x; dy = height - 1 - y; }
                    case 4 -> { dx = x; dy = height - 1 - y; }
                    case 5 -> { dx = y; dy = x; }
                    case 6 -> { dx = height - 1 - y; dy = x; }
                    case 7 -> { dx = height - 1 - y; dy = width - 1 - x; }
                    default -> { dx = y; dy = width - 1 - x; }
                }
                out[dy * nw + dx] = luma[y * width + x];
            }
        }
        return new LumaImage(out, nw, nh);
    }
}

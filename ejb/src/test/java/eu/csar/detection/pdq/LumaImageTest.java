package eu.csar.detection.pdq;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Point;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The luma PDQ hashes, from every pixel layout a decoder may hand over, against the documented
 * rule written out here: 8-bit colour through the Rec. 601 weights in float on the stored colour
 * values, grey (and grey palettes) taken as is, 16-bit samples by their high byte, alpha ignored,
 * anything else converted to 8-bit sRGB first. Fast paths that read the raw buffer must give
 * exactly what that rule gives; layouts they do not handle (offsets, strides, other channel
 * orders) must not be read as if they did. Then the 512 squash and the EXIF turns at their limits.
 */
class LumaImageTest {

    static final int W = 23;
    static final int H = 17;

    /** The rule for colour: float weights on the 8-bit sRGB values, summed left to right. */
    static float rgbRule(int argb) {
        return 0.299f * ((argb >> 16) & 0xff) + 0.587f * ((argb >> 8) & 0xff) + 0.114f * (argb & 0xff);
    }

    /** The colour rule over the image's own 8-bit sRGB conversion (alpha not composited). */
    static float[] byColourRule(BufferedImage image) {
        float[] out = new float[image.getWidth() * image.getHeight()];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                out[y * image.getWidth() + x] = rgbRule(image.getRGB(x, y));
            }
        }
        return out;
    }

    /** Band 0 of the raster, shifted right by {@code shift} bits: grey as is, or its high byte. */
    static float[] band(BufferedImage image, int b, int shift) {
        float[] out = new float[image.getWidth() * image.getHeight()];
        Raster r = image.getRaster();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                out[y * image.getWidth() + x] = r.getSample(x, y, b) >>> shift;
            }
        }
        return out;
    }

    static void fillRandom(BufferedImage image, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        WritableRaster r = image.getRaster();
        for (int b = 0; b < r.getNumBands(); b++) {
            int max = (1 << image.getColorModel().getComponentSize(b)) - 1;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    r.setSample(x, y, b, rnd.nextInt(max + 1));
                }
            }
        }
    }

    static BufferedImage filled(int type) {
        BufferedImage image = new BufferedImage(W, H, type);
        fillRandom(image, type);
        return image;
    }

    @ParameterizedTest(name = "type {0}")
    @ValueSource(ints = {BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_4BYTE_ABGR, BufferedImage.TYPE_INT_RGB,
        BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_INT_BGR, BufferedImage.TYPE_USHORT_565_RGB,
        BufferedImage.TYPE_USHORT_555_RGB, BufferedImage.TYPE_BYTE_INDEXED})
    void colourImagesFollowTheColourRule(int type) {
        BufferedImage image = filled(type);
        assertArrayEquals(byColourRule(image), LumaImage.of(image).luma());
    }

    @Test
    void greyIsTakenAsIs() {
        BufferedImage grey8 = filled(BufferedImage.TYPE_BYTE_GRAY);
        assertArrayEquals(band(grey8, 0, 0), LumaImage.of(grey8).luma());
        BufferedImage grey16 = filled(BufferedImage.TYPE_USHORT_GRAY);
        assertArrayEquals(band(grey16, 0, 8), LumaImage.of(grey16).luma());
    }

    /**
     * A grey palette (what 1, 2 and 4-bit grey PNGs decode to) gives its grey values exactly; the
     * colour weights would not (0.299 g + 0.587 g + 0.114 g is not g in float for 35 of the 256 greys,
     * 15 the first of them).
     */
    @Test
    void greyPalettesGiveTheirGreyExactly() {
        byte[] levels = new byte[16];
        for (int i = 0; i < 16; i++) {
            levels[i] = (byte) (i * 15);
        }
        IndexColorModel grey4 = new IndexColorModel(4, 16, levels, levels, levels);
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_BINARY, grey4);
        fillRandom(image, 7);
        float[] expected = new float[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                expected[y * W + x] = image.getRaster().getSample(x, y, 0) * 15;
            }
        }
        assertArrayEquals(expected, LumaImage.of(image).luma());

        BufferedImage oneBit = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_BINARY);
        fillRandom(oneBit, 8);
        float[] bw = band(oneBit, 0, 0);
        for (int i = 0; i < bw.length; i++) {
            bw[i] *= 255;
        }
        assertArrayEquals(bw, LumaImage.of(oneBit).luma());
    }

    /** A full 8-bit palette of greys, in a scrambled order. */
    @Test
    void aFullGreyPaletteGivesItsGreyExactly() {
        byte[] levels = new byte[256];
        for (int i = 0; i < 256; i++) {
            levels[i] = (byte) (i * 7);
        }
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(8, 256, levels, levels, levels));
        fillRandom(image, 14);
        float[] expected = new float[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                expected[y * W + x] = (image.getRaster().getSample(x, y, 0) * 7) & 0xff;
            }
        }
        assertArrayEquals(expected, LumaImage.of(image).luma());
    }

    /** A palette of colours with one grey entry is a colour palette. */
    @Test
    void aPaletteWithOneColourIsNotGrey() {
        byte[] r = {0, 15, 30, 45};
        byte[] g = {0, 15, 30, 45};
        byte[] b = {0, 15, 30, 46};
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_BINARY, new IndexColorModel(2, 4, r, g, b));
        fillRandom(image, 9);
        assertArrayEquals(byColourRule(image), LumaImage.of(image).luma());
    }

    static BufferedImage interleaved(ColorSpace space, boolean alpha, int transferType, int[] bandOffsets, long seed) {
        ComponentColorModel cm = new ComponentColorModel(space, alpha, false,
                alpha ? Transparency.TRANSLUCENT : Transparency.OPAQUE, transferType);
        int bands = bandOffsets.length;
        PixelInterleavedSampleModel sm = new PixelInterleavedSampleModel(transferType, W, H, bands, W * bands, bandOffsets);
        WritableRaster raster = Raster.createWritableRaster(sm, new Point(0, 0));
        BufferedImage image = new BufferedImage(cm, raster, false, null);
        fillRandom(image, seed);
        return image;
    }

    /** RGB in three 32-bit int samples per pixel (not packed): converted like any other layout. */
    @Test
    void rgbInIntSamplesIsConverted() {
        ColorSpace srgb = ColorSpace.getInstance(ColorSpace.CS_sRGB);
        ComponentColorModel cm = new ComponentColorModel(srgb, new int[] {8, 8, 8}, false, false, Transparency.OPAQUE,
                DataBuffer.TYPE_INT);
        WritableRaster raster = cm.createCompatibleWritableRaster(W, H);
        BufferedImage image = new BufferedImage(cm, raster, false, null);
        fillRandom(image, 15);
        assertArrayEquals(byColourRule(image), LumaImage.of(image).luma());
    }

    /** Every 8-bit value of every channel (the fast path looks the three products up in tables). */
    @Test
    void everyEightBitValueOfEveryChannelFollowsTheColourRule() {
        for (int type : new int[] {BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_INT_RGB}) {
            BufferedImage image = new BufferedImage(256, 256, type);
            for (int y = 0; y < 256; y++) {
                for (int x = 0; x < 256; x++) {
                    image.setRGB(x, y, x << 16 | y << 8 | (x + y) & 0xff);
                }
            }
            assertArrayEquals(byColourRule(image), LumaImage.of(image).luma(), "type " + type);
        }
    }

    /** Alpha stored before the grey, and RGB stored as BGR: the bands are read where they are. */
    @Test
    void bandsAreReadAtTheirOffsets() {
        ColorSpace grey = ColorSpace.getInstance(ColorSpace.CS_GRAY);
        ColorSpace srgb = ColorSpace.getInstance(ColorSpace.CS_sRGB);
        BufferedImage alphaGrey = interleaved(grey, true, DataBuffer.TYPE_BYTE, new int[] {1, 0}, 10);
        assertArrayEquals(band(alphaGrey, 0, 0), LumaImage.of(alphaGrey).luma(), "8-bit alpha, grey");
        BufferedImage alphaGrey16 = interleaved(grey, true, DataBuffer.TYPE_USHORT, new int[] {1, 0}, 11);
        assertArrayEquals(band(alphaGrey16, 0, 8), LumaImage.of(alphaGrey16).luma(), "16-bit alpha, grey");
        BufferedImage bgr16 = interleaved(srgb, false, DataBuffer.TYPE_USHORT, new int[] {2, 1, 0}, 12);
        float[] expected = new float[W * H];
        float[] r = band(bgr16, 0, 8);
        float[] g = band(bgr16, 1, 8);
        float[] b = band(bgr16, 2, 8);
        for (int i = 0; i < expected.length; i++) {
            expected[i] = rgbRule((int) r[i] << 16 | (int) g[i] << 8 | (int) b[i]);
        }
        assertArrayEquals(expected, LumaImage.of(bgr16).luma(), "16-bit BGR");
    }

    /**
     * 16-bit RGB without alpha takes the high byte of each sample like libpng's strip-16, not the
     * rounded 8-bit value an sRGB conversion gives (they differ for a low byte of 0xff near 0).
     */
    @Test
    void sixteenBitRgbUsesTheHighByte() {
        ColorSpace srgb = ColorSpace.getInstance(ColorSpace.CS_sRGB);
        BufferedImage rgb16 = interleaved(srgb, false, DataBuffer.TYPE_USHORT, new int[] {0, 1, 2}, 13);
        WritableRaster raster = rgb16.getRaster();
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                for (int b = 0; b < 3; b++) {
                    raster.setSample(x, y, b, (x + y + b) % 4 << 8 | 0xff);
                }
            }
        }
        float[] expected = new float[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                expected[y * W + x] = rgbRule((x + y) % 4 << 16 | (x + y + 1) % 4 << 8 | (x + y + 2) % 4);
            }
        }
        assertArrayEquals(expected, LumaImage.of(rgb16).luma());
    }

    static BufferedImage packed(ColorSpace space, int red, int green, int blue, int offset, int stride, long seed) {
        DirectColorModel cm = new DirectColorModel(space, 32, red, green, blue, 0, false, DataBuffer.TYPE_INT);
        DataBufferInt db = new DataBufferInt(new int[offset + stride * H], stride * H, offset);
        SinglePixelPackedSampleModel sm = new SinglePixelPackedSampleModel(DataBuffer.TYPE_INT, W, H, stride,
                new int[] {red, green, blue});
        BufferedImage image = new BufferedImage(cm, Raster.createWritableRaster(sm, db, new Point(0, 0)), false, null);
        fillRandom(image, seed);
        return image;
    }

    /**
     * Packed 32-bit pixels are read straight from the buffer only in the standard layout (sRGB,
     * 0xRRGGBB, no offset, no padding); every other layout goes through the sRGB conversion.
     */
    @Test
    void packedPixelsOutsideTheStandardLayoutAreConverted() {
        ColorSpace srgb = ColorSpace.getInstance(ColorSpace.CS_sRGB);
        ColorSpace linear = ColorSpace.getInstance(ColorSpace.CS_LINEAR_RGB);
        BufferedImage[] images = {
            packed(srgb, 0xff0000, 0xff00, 0xff, 0, W, 20),
            packed(linear, 0xff0000, 0xff00, 0xff, 0, W, 21),
            packed(srgb, 0xff000000, 0xff00, 0xff, 0, W, 22),
            packed(srgb, 0xff0000, 0xff000000, 0xff, 0, W, 23),
            packed(srgb, 0xff0000, 0xff00, 0xff000000, 0, W, 24),
            packed(srgb, 0xff0000, 0xff00, 0xff, 3, W, 25),
            packed(srgb, 0xff0000, 0xff00, 0xff, 0, W + 5, 26),
        };
        for (int i = 0; i < images.length; i++) {
            assertArrayEquals(byColourRule(images[i]), LumaImage.of(images[i]).luma(), "layout " + i);
        }
    }

    /** Part of a larger image (what a decoder may return for a region) is read from its own pixels. */
    @ParameterizedTest(name = "type {0}")
    @ValueSource(ints = {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_3BYTE_BGR})
    void aColourSubimageIsReadFromItsOwnPixels(int type) {
        BufferedImage whole = new BufferedImage(W + 4, H + 3, type);
        fillRandom(whole, 30 + type);
        for (BufferedImage part : new BufferedImage[] {whole.getSubimage(0, 2, W + 4, H), whole.getSubimage(3, 1, W, H),
            whole.getSubimage(0, 0, W, H)}) {
            assertArrayEquals(byColourRule(part), LumaImage.of(part).luma());
        }
    }

    /** The top left part of a grey image: rows longer than the part, read as grey all the same. */
    @Test
    void aGreySubimageWithLongerRowsIsTakenAsIs() {
        BufferedImage whole = new BufferedImage(W + 4, H + 3, BufferedImage.TYPE_BYTE_GRAY);
        fillRandom(whole, 31);
        BufferedImage part = whole.getSubimage(0, 0, W, H);
        assertArrayEquals(band(part, 0, 0), LumaImage.of(part).luma());
    }

    @Test
    void lumaMustHoldWidthTimesHeightValues() {
        assertThrows(IllegalArgumentException.class, () -> new LumaImage(new float[99], 10, 10));
        assertThrows(IllegalArgumentException.class, () -> new LumaImage(new float[50], 10, 10));
        assertEquals(10, new LumaImage(new float[100], 10, 10).width());
        assertThrows(IllegalArgumentException.class, () -> new LumaImage(new float[0], 65536, 65536));
    }

    /** Images up to 512 on both sides are left alone; larger ones become exactly 512x512. */
    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"512,512,false", "512,100,false", "100,512,false", "513,100,true", "100,513,true", "1000,700,true"})
    void onlyImagesLargerThan512AreSquashed(int width, int height, boolean squashed) {
        float[] luma = new float[width * height];
        for (int i = 0; i < luma.length; i++) {
            luma[i] = i;
        }
        LumaImage image = new LumaImage(luma, width, height);
        LumaImage out = image.squashTo512();
        if (!squashed) {
            assertSame(image, out);
            return;
        }
        assertEquals(512, out.width());
        assertEquals(512, out.height());
        // Nearest neighbour: output (x, y) is input (x * width / 512, y * height / 512), rounded down.
        for (int y : new int[] {0, 1, 255, 511}) {
            for (int x : new int[] {0, 1, 300, 511}) {
                int sx = x * width / 512;
                int sy = y * height / 512;
                assertEquals(luma[sy * width + sx], out.luma()[y * 512 + x], "at " + x + "," + y);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 1, 9, 42})
    void orientationsOutside2To8LeaveTheImageAlone(int orientation) {
        LumaImage image = new LumaImage(new float[] {1, 2, 3, 4, 5, 6}, 3, 2);
        assertSame(image, image.oriented(orientation));
    }

    /**
     * The 3x2 image {@code 1 2 3 / 4 5 6} as displayed under each EXIF orientation (the pixels a
     * viewer shows, row by row).
     */
    @ParameterizedTest(name = "orientation {0}")
    @CsvSource({"2,3,2,3 2 1 6 5 4", "3,3,2,6 5 4 3 2 1", "4,3,2,4 5 6 1 2 3", "5,2,3,1 4 2 5 3 6",
        "6,2,3,4 1 5 2 6 3", "7,2,3,6 3 5 2 4 1", "8,2,3,3 6 2 5 1 4"})
    void exifOrientationsTurnTheImageUpright(int orientation, int width, int height, String pixels) {
        LumaImage out = new LumaImage(new float[] {1, 2, 3, 4, 5, 6}, 3, 2).oriented(orientation);
        assertEquals(width, out.width());
        assertEquals(height, out.height());
        String[] p = pixels.split(" ");
        float[] expected = new float[p.length];
        for (int i = 0; i < p.length; i++) {
            expected[i] = Float.parseFloat(p[i]);
        }
        assertArrayEquals(expected, out.luma());
    }

}

package eu.csar.detection.pdq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.csar.detection.ReferenceData;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Formats and pixel layouts beyond the reference files: BMP, GIF, 16-bit and greyscale inputs
 * written from reference pixels must give the reference hash; tiny images give the empty hash;
 * alpha is ignored; EXIF orientation is ignored unless asked for; undecodable files fail with
 * the file's name and never give a hash.
 */
class ImageFormatsTest {

    static final Map<String, String> FULL_RES = ReferenceData.expectedLines("cpp-fullres.csv").stream()
            .map(l -> l.split(",", 3)).collect(Collectors.toMap(f -> f[2], f -> f[0]));

    private final PdqFileHasher hasher = new PdqFileHasher();

    private static BufferedImage read(String file) throws Exception {
        return ImageIO.read(ReferenceData.data(file).toFile());
    }

    /** The stored RGB values of an image (alpha dropped, not composited) as 24-bit BGR. */
    private static BufferedImage rgbCopy(BufferedImage src) {
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Raster in = src.getRaster();
        WritableRaster o = out.getRaster();
        int[] px = new int[in.getNumBands()];
        for (int y = 0; y < src.getHeight(); y++) {
            for (int x = 0; x < src.getWidth(); x++) {
                in.getPixel(x, y, px);
                o.setPixel(x, y, new int[] {px[0], px[1], px[2]});
            }
        }
        return out;
    }

    /**
     * Writes a PNG at deflate level 0 (stored blocks): the pixels are what these tests are about, and
     * compressing 16-bit photos costs ImageIO about a second each.
     */
    private static Path writeStoredPng(BufferedImage image, Path png) throws Exception {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(png.toFile())) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(1.0f);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return png;
    }

    @Test
    void bmpOfLosslessPixelsIsBitExact(@TempDir Path dir) throws Exception {
        Path bmp = dir.resolve("pen-and-coaster.bmp");
        assertTrue(ImageIO.write(rgbCopy(read("reg-test-input/pen-and-coaster.png")), "bmp", bmp.toFile()));
        assertEquals(FULL_RES.get("reg-test-input/pen-and-coaster.png"), hasher.hash(bmp).hash().toHex());
    }

    @Test
    void gifOfPalettePixelsIsBitExact(@TempDir Path dir) throws Exception {
        Path gif = dir.resolve("P.gif");
        assertTrue(ImageIO.write(read("misc-images/modes/P.png"), "gif", gif.toFile()));
        assertEquals(FULL_RES.get("misc-images/modes/P.png"), hasher.hash(gif).hash().toHex());
    }

    @Test
    void sixteenBitGreyPngUsesTheHighByte(@TempDir Path dir) throws Exception {
        BufferedImage grey8 = read("misc-images/modes/L.png");
        BufferedImage grey16 = new BufferedImage(grey8.getWidth(), grey8.getHeight(), BufferedImage.TYPE_USHORT_GRAY);
        for (int y = 0; y < grey8.getHeight(); y++) {
            for (int x = 0; x < grey8.getWidth(); x++) {
                int v = grey8.getRaster().getSample(x, y, 0);
                grey16.getRaster().setSample(x, y, 0, v << 8 | (x * 31 + y) & 0xff);
            }
        }
        Path png = writeStoredPng(grey16, dir.resolve("L16.png"));
        assertEquals(FULL_RES.get("misc-images/modes/L.png"), hasher.hash(png).hash().toHex());
    }

    @Test
    void sixteenBitRgbaPngUsesTheHighByteAndIgnoresAlpha(@TempDir Path dir) throws Exception {
        BufferedImage rgba8 = read("misc-images/modes/RGBA.png");
        ComponentColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), true, false,
                Transparency.TRANSLUCENT, DataBuffer.TYPE_USHORT);
        WritableRaster r = cm.createCompatibleWritableRaster(rgba8.getWidth(), rgba8.getHeight());
        int[] px = new int[4];
        for (int y = 0; y < rgba8.getHeight(); y++) {
            for (int x = 0; x < rgba8.getWidth(); x++) {
                rgba8.getRaster().getPixel(x, y, px);
                r.setPixel(x, y, new int[] {px[0] << 8 | 0x7f, px[1] << 8, px[2] << 8 | 0xff, (x * 7) & 0xffff});
            }
        }
        Path png = writeStoredPng(new BufferedImage(cm, r, false, null), dir.resolve("RGBA16.png"));
        assertEquals(FULL_RES.get("misc-images/modes/RGBA.png"), hasher.hash(png).hash().toHex());
    }

    @Test
    void alphaIsIgnored(@TempDir Path dir) throws Exception {
        BufferedImage src = read("reg-test-input/pen-and-coaster.png");
        BufferedImage argb = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_ARGB);
        int[] px = new int[4];
        for (int y = 0; y < src.getHeight(); y++) {
            for (int x = 0; x < src.getWidth(); x++) {
                src.getRaster().getPixel(x, y, px);
                int alpha = (x + y) % 3 == 0 ? 0 : 255; // transparent holes must not change the hash
                argb.getRaster().setPixel(x, y, new int[] {px[0], px[1], px[2], alpha});
            }
        }
        Path png = dir.resolve("holes.png");
        assertTrue(ImageIO.write(argb, "png", png.toFile()));
        assertEquals(FULL_RES.get("reg-test-input/pen-and-coaster.png"), hasher.hash(png).hash().toHex());
    }

    @Test
    void greyscaleJpegIsCloseToItsSource(@TempDir Path dir) throws Exception {
        Path jpg = dir.resolve("L.jpg");
        assertTrue(ImageIO.write(read("misc-images/modes/L.png"), "jpeg", jpg.toFile()));
        PdqHash expected = PdqHash.fromHex(FULL_RES.get("misc-images/modes/L.png"));
        assertTrue(expected.distance(hasher.hash(jpg).hash()) <= 8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"F.webp", "HSV.webp", "I.webp", "LAB.webp", "PA.webp"})
    void webpDecodesCloseToTheOriginalPhoto(String file) throws Exception {
        PdqHash original = PdqHash.fromHex(FULL_RES.get("misc-images/modes/original.jpg"));
        PdqResult r = ReferenceImageHashes.of("misc-images/modes/" + file).fullRes();
        assertTrue(original.distance(r.hash()) <= 16, file + " at distance " + original.distance(r.hash()));
        assertEquals(100, r.quality());
    }

    @ParameterizedTest
    @CsvSource({"1,1", "4,4", "4,100", "100,4", "2,3"})
    void imagesUnderFivePixelsOnASideGiveTheEmptyHash(int w, int h, @TempDir Path dir) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, (x * 97 + y * 31) * 0x010203);
            }
        }
        Path png = dir.resolve("tiny.png");
        assertTrue(ImageIO.write(img, "png", png.toFile()));
        assertEquals(PdqResult.EMPTY, hasher.hash(png));
        assertTrue(Arrays.stream(hasher.hashDihedral(png)).allMatch(PdqResult.EMPTY::equals));
        assertEquals(PdqResult.EMPTY, new PdqFileHasher(HashOptions.SQUASH_512).hash(png));
    }

    @Test
    void fiveByFiveIsHashed(@TempDir Path dir) throws Exception {
        BufferedImage img = new BufferedImage(5, 5, BufferedImage.TYPE_BYTE_GRAY);
        img.getRaster().setSample(2, 2, 0, 255);
        Path png = dir.resolve("five.png");
        assertTrue(ImageIO.write(img, "png", png.toFile()));
        assertNotEquals(PdqHash.ZERO, hasher.hash(png).hash());
    }

    /**
     * EXIF orientation is ignored by default (the reference does); with the option, a photo is
     * hashed upright, which is (up to filter-boundary effects) the matching dihedral hash.
     */
    @ParameterizedTest
    @CsvSource({"exif-rotn-1.jpg,ORIGINAL", "exif-rotn-3.jpg,ROTATE_180", "exif-rotn-6.jpg,ROTATE_270",
        "exif-rotn-8.jpg,ROTATE_90"})
    void exifOrientationIsAppliedOnlyOnRequest(String file, Dihedral upright) throws Exception {
        Path p = ReferenceData.data("reg-test-input/exif-rotn/" + file);
        byte[] bytes = Files.readAllBytes(p);
        PdqResult[] asStored = ReferenceImageHashes.of("reg-test-input/exif-rotn/" + file).fullResDihedral();
        PdqResult applied = new PdqFileHasher(new HashOptions(false, true)).hash(p, bytes);
        int d = asStored[upright.ordinal()].hash().distance(applied.hash());
        assertTrue(d <= 8, file + ": upright hash at distance " + d + " from the " + upright + " hash");
        if (upright != Dihedral.ORIGINAL) {
            assertTrue(asStored[0].hash().distance(applied.hash()) > 31, "orientation was applied");
        }
    }

    @Test
    void undecodableFilesFailNamingTheFile(@TempDir Path dir) throws Exception {
        byte[] jpeg = Files.readAllBytes(ReferenceData.data("reg-test-input/dih/bridge-1-original.jpg"));
        byte[] png = Files.readAllBytes(ReferenceData.data("reg-test-input/pen-and-coaster.png"));
        Path[] bad = {
            Files.writeString(dir.resolve("notes.jpg"), "this is text, not an image"),
            Files.write(dir.resolve("empty.png"), new byte[0]),
            Files.write(dir.resolve("truncated.jpg"), Arrays.copyOf(jpeg, jpeg.length / 2)),
            Files.write(dir.resolve("truncated.png"), Arrays.copyOf(png, png.length / 2)),
            Files.write(dir.resolve("header-only.jpg"), Arrays.copyOf(jpeg, 600)),
            dir.resolve("does-not-exist.png"),
        };
        for (Path p : bad) {
            ImageDecodeException e = assertThrows(ImageDecodeException.class, () -> hasher.hash(p), p.toString());
            assertTrue(e.getMessage().contains(p.toString()), e.getMessage());
            assertEquals(p, e.file());
        }
    }
}

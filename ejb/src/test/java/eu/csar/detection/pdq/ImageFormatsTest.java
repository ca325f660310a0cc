package eu.csar.detection.pdq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.csar.detection.ReferenceData;
import java.awt.Graphics2D;
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
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Formats and pixel layouts beyond the reference files: BMP, GIF, 8-bit grey, grey+alpha, 16-bit
 * grey and 16-bit RGBA PNGs written from reference pixels must give the reference hash and quality
 * exactly; tiny images give the empty hash; alpha is ignored; EXIF orientation is ignored unless
 * asked for (then exactly the upright image is hashed); undecodable files fail with the file's name
 * and never give a hash. Lossy re-encodings (greyscale JPEG, WebP) are held to their measured
 * distance from the source photo.
 */
@ExtendWith(ReferenceImageHashes.Resolver.class)
class ImageFormatsTest {

    /** {@code cpp-fullres.csv}: file to "hash,quality". */
    static final Map<String, String> FULL_RES = ReferenceData.expectedLines("cpp-fullres.csv").stream()
            .map(l -> l.split(",", 3)).collect(Collectors.toMap(f -> f[2], f -> f[0] + "," + f[1]));

    /**
     * {@code cpp-fullres-dihedral.csv}: "file transform" to hash, as text, parsed where it is used: no
     * result of production code is kept in a static field beyond one test.
     */
    static final Map<String, String> FULL_RES_DIHEDRAL = ReferenceData.expectedLines("cpp-fullres-dihedral.csv")
            .stream().map(l -> l.split(",", 4)).collect(Collectors.toMap(f -> f[3] + " " + f[2], f -> f[0]));

    private final PdqFileHasher hasher = new PdqFileHasher();

    /** The C++ reference's full-resolution hash of a reference file. */
    private static PdqHash referenceHash(String file) {
        return PdqHash.fromHex(FULL_RES.get(file).split(",")[0]);
    }

    /** Hash and quality bit-exact with the C++ reference's for a reference file. */
    private static void assertReference(String file, PdqResult actual) {
        assertEquals(FULL_RES.get(file), actual.hash().toHex() + "," + actual.quality(), file);
    }

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
        assertReference("reg-test-input/pen-and-coaster.png", hasher.hash(bmp));
    }

    @Test
    void gifOfPalettePixelsIsBitExact(@TempDir Path dir) throws Exception {
        Path gif = dir.resolve("P.gif");
        assertTrue(ImageIO.write(read("misc-images/modes/P.png"), "gif", gif.toFile()));
        assertReference("misc-images/modes/P.png", hasher.hash(gif));
    }

    /** The grey values (0 or 255) of the 1-bit reference PNG, as the reference expands them. */
    private static int[] oneBitGrey(BufferedImage oneBit) {
        LumaImage luma = LumaImage.of(oneBit);
        int[] grey = new int[luma.width() * luma.height()];
        for (int i = 0; i < grey.length; i++) {
            grey[i] = (int) luma.luma()[i];
            assertTrue(grey[i] == 0 || grey[i] == 255, "1-bit grey expands to 0 or 255");
        }
        return grey;
    }

    /** 8-bit grey (PNG colour type 0) and grey+alpha (type 4) take the grey as is and ignore alpha. */
    @Test
    void eightBitGreyAndGreyAlphaPngsAreBitExact(@TempDir Path dir) throws Exception {
        BufferedImage oneBit = read("misc-images/modes/1.png");
        int w = oneBit.getWidth();
        int h = oneBit.getHeight();
        int[] grey = oneBitGrey(oneBit);
        BufferedImage grey8 = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        grey8.getRaster().setPixels(0, 0, w, h, grey);
        assertReference("misc-images/modes/1.png", hasher.hash(writeStoredPng(grey8, dir.resolve("L.png"))));

        ComponentColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_GRAY), true, false,
                Transparency.TRANSLUCENT, DataBuffer.TYPE_BYTE);
        WritableRaster r = cm.createCompatibleWritableRaster(w, h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                r.setPixel(x, y, new int[] {grey[y * w + x], (x + y) % 3 == 0 ? 0 : (x * 7) & 0xff});
            }
        }
        assertReference("misc-images/modes/1.png",
                hasher.hash(writeStoredPng(new BufferedImage(cm, r, false, null), dir.resolve("LA.png"))));
    }

    @Test
    void sixteenBitGreyPngUsesTheHighByte(@TempDir Path dir) throws Exception {
        BufferedImage oneBit = read("misc-images/modes/1.png");
        int w = oneBit.getWidth();
        int[] grey = oneBitGrey(oneBit);
        BufferedImage grey16 = new BufferedImage(w, oneBit.getHeight(), BufferedImage.TYPE_USHORT_GRAY);
        for (int y = 0; y < grey16.getHeight(); y++) {
            for (int x = 0; x < w; x++) {
                grey16.getRaster().setSample(x, y, 0, grey[y * w + x] << 8 | (x * 31 + y) & 0xff);
            }
        }
        Path png = writeStoredPng(grey16, dir.resolve("L16.png"));
        assertReference("misc-images/modes/1.png", hasher.hash(png));
    }

    @Test
    void sixteenBitRgbaPngUsesTheHighByteAndIgnoresAlpha(@TempDir Path dir) throws Exception {
        BufferedImage rgba8 = read("reg-test-input/pen-and-coaster.png");
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
        assertReference("reg-test-input/pen-and-coaster.png", hasher.hash(png));
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
        assertReference("reg-test-input/pen-and-coaster.png", hasher.hash(png));
    }

    /**
     * A greyscale JPEG (written here from a grey copy of the bridge photo) decodes through the grey
     * path to exactly the photo's reference hash and quality: measured, neither the grey conversion
     * nor the JPEG re-encoding moves a bit (the Java reference asserts the same of the grey copy).
     */
    @Test
    void greyscaleJpegGivesTheHashOfItsSource(@TempDir Path dir) throws Exception {
        BufferedImage photo = read(BRIDGE);
        BufferedImage grey = new BufferedImage(photo.getWidth(), photo.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        g.drawImage(photo, 0, 0, null);
        g.dispose();
        Path jpg = dir.resolve("grey.jpg");
        assertTrue(ImageIO.write(grey, "jpeg", jpg.toFile()));
        assertReference(BRIDGE, hasher.hash(jpg));
    }

    /**
     * The WebP files (PIL saves of {@code modes/original.jpg}, a byte copy of {@value #BRIDGE}) decode
     * close to that photo: the distance is the lossy WebP encoding, measured per file. There is no
     * full-resolution reference hash for WebP; the 512 mode is compared with the reference tool in
     * {@link Squash512CompatibilityTest}.
     */
    @ParameterizedTest
    @CsvSource({"F.webp,4", "I.webp,6"})
    void webpDecodesCloseToTheOriginalPhoto(String file, int measuredBits, ReferenceImageHashes hashes) throws Exception {
        PdqResult r = hashes.fullRes("misc-images/modes/" + file);
        int d = referenceHash(BRIDGE).distance(r.hash());
        assertTrue(d <= measuredBits, file + " at distance " + d);
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

    static final String BRIDGE = "reg-test-input/dih/bridge-1-original.jpg";

    /** For EXIF orientation 1..8: the dihedral transform that shows the stored image upright. */
    private static final Dihedral[] UPRIGHT = {null, Dihedral.ORIGINAL, Dihedral.FLIP_Y, Dihedral.ROTATE_180,
        Dihedral.FLIP_X, Dihedral.FLIP_PLUS_1, Dihedral.ROTATE_270, Dihedral.FLIP_MINUS_1, Dihedral.ROTATE_90};

    /**
     * EXIF orientation, on two reference JPEGs whose Orientation entry is rewritten in memory
     * ({@link #withOrientation}): {@value #BRIDGE} (little-endian EXIF, as phones write it) set to
     * the upright, 180, 90 and 270 degree values 1, 3, 6 and 8 of the upstream phone photos, and the
     * 160x100 {@code shrink-a-lot.jpg} (big-endian EXIF) set to every value 1..8, mirrors included.
     * Only that value changes, so the pixels are those the C++ reference hashed, and:
     * <ul>
     * <li>by default the tag is ignored, as by the reference: hash and quality are exactly the
     * reference's for the file;</li>
     * <li>on request exactly the upright image is hashed: the stored pixels turned as the EXIF
     * definition says (mirror, then quarter turns clockwise; written here independently of
     * {@link LumaImage#oriented});</li>
     * <li>that upright hash is nearest, of the reference's eight dihedral hashes of the stored image,
     * to the one of the matching transform, within the measured {@code dihedralBits} (the box filter
     * and decimation are not exactly symmetric under turning, more visibly the smaller the image: up
     * to 8 bits on the 1600x1004 photo, 28 on the thumbnail, 2 on the 4032x3024 phone photos
     * upstream), while the other seven are more than 31 bits away.</li>
     * </ul>
     */
    @ParameterizedTest(name = "{0} orientation {1}")
    @CsvSource({
        "reg-test-input/dih/bridge-1-original.jpg,1,8", "reg-test-input/dih/bridge-1-original.jpg,3,8",
        "reg-test-input/dih/bridge-1-original.jpg,6,8", "reg-test-input/dih/bridge-1-original.jpg,8,8",
        "bridge-mods/shrink-a-lot.jpg,1,28", "bridge-mods/shrink-a-lot.jpg,2,28", "bridge-mods/shrink-a-lot.jpg,3,28",
        "bridge-mods/shrink-a-lot.jpg,4,28", "bridge-mods/shrink-a-lot.jpg,5,28", "bridge-mods/shrink-a-lot.jpg,6,28",
        "bridge-mods/shrink-a-lot.jpg,7,28", "bridge-mods/shrink-a-lot.jpg,8,28"})
    void exifOrientationIsAppliedOnlyOnRequest(String file, int orientation, int dihedralBits) throws Exception {
        Path name = Path.of(file);
        byte[] tagged = withOrientation(Files.readAllBytes(ReferenceData.data(file)), orientation);
        LumaImage stored = ImageDecoder.decodeLuma(name, tagged, HashOptions.DEFAULT);

        assertReference(file, hasher.hash(new LumaImage(stored.luma().clone(), stored.width(), stored.height())));

        PdqResult upright = new PdqFileHasher(new HashOptions(false, true)).hash(name, tagged);
        assertEquals(hasher.hash(turnUpright(stored, orientation)), upright, "the upright image is hashed");

        Dihedral expected = UPRIGHT[orientation];
        for (Dihedral d : Dihedral.values()) {
            int dist = PdqHash.fromHex(FULL_RES_DIHEDRAL.get(file + " " + d.label())).distance(upright.hash());
            if (d == expected) {
                assertTrue(dist <= dihedralBits, d + ": upright hash at distance " + dist);
            } else {
                assertTrue(dist > 31, d + " is not the matching transform, yet at distance " + dist);
            }
        }
    }

    /**
     * A copy of a JPEG whose EXIF Orientation entry (tag 0x0112, type SHORT, count 1, in either byte
     * order) holds {@code orientation}; nothing else changes.
     */
    static byte[] withOrientation(byte[] jpeg, int orientation) {
        byte[] bigEndian = {0x01, 0x12, 0, 3, 0, 0, 0, 1};
        byte[] littleEndian = {0x12, 0x01, 3, 0, 1, 0, 0, 0};
        int at = -1;
        for (int p = 0; p + 10 <= jpeg.length; p++) {
            if (Arrays.equals(jpeg, p, p + 8, bigEndian, 0, 8) || Arrays.equals(jpeg, p, p + 8, littleEndian, 0, 8)) {
                assertEquals(-1, at, "a second orientation entry at " + p);
                at = p;
            }
        }
        assertTrue(at > 0, "no EXIF orientation entry");
        byte[] out = jpeg.clone();
        boolean little = jpeg[at] == 0x12;
        out[at + 8] = (byte) (little ? orientation : 0);
        out[at + 9] = (byte) (little ? 0 : orientation);
        return out;
    }

    /**
     * The stored luma as shown under an EXIF orientation, from the tag's definition: 2 mirrored;
     * 3 turned 180 degrees; 4 mirrored and turned 180; 5 mirrored and turned 270 clockwise; 6 turned
     * 90 clockwise; 7 mirrored and turned 90 clockwise; 8 turned 270 clockwise.
     */
    static LumaImage turnUpright(LumaImage stored, int orientation) {
        boolean[] mirror = {false, false, true, false, true, true, false, true, false};
        int[] quarterTurnsClockwise = {0, 0, 0, 2, 2, 3, 1, 1, 3};
        LumaImage img = mirror[orientation] ? mirror(stored) : stored;
        for (int i = 0; i < quarterTurnsClockwise[orientation]; i++) {
            img = turnClockwise(img);
        }
        return img;
    }

    private static LumaImage mirror(LumaImage in) {
        int w = in.width();
        float[] out = new float[in.luma().length];
        for (int y = 0; y < in.height(); y++) {
            for (int x = 0; x < w; x++) {
                out[y * w + x] = in.luma()[y * w + (w - 1 - x)];
            }
        }
        return new LumaImage(out, w, in.height());
    }

    /** Column x of the result is row (height - 1 - x) of the input, read left to right. */
    private static LumaImage turnClockwise(LumaImage in) {
        int w = in.width();
        int h = in.height();
        float[] out = new float[w * h];
        for (int y = 0; y < w; y++) {
            for (int x = 0; x < h; x++) {
                out[y * h + x] = in.luma()[(h - 1 - x) * w + y];
            }
        }
        return new LumaImage(out, h, w);
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

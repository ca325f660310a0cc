package eu.csar.detection.pdq;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.csar.detection.ReferenceData;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The fast decoding path of {@link PdqFileHasher} (readers kept from file to file, 8-bit RGB decoded
 * into a reused R, G, B image) against the plain one ({@link ImageDecoder#decodeLuma}: a fresh
 * reader and its default destination for every file): the same luma, float for float, and so the
 * same hash and quality, on every reference image and on photo-like JPEGs (baseline, progressive,
 * greyscale, several sizes and qualities), hashed one after the other by one hasher so that the
 * reused readers and destination meet every change of size and kind.
 */
class ReusedReadersTest {

    static List<Path> referenceImages() throws IOException {
        try (Stream<Path> files = Files.walk(ReferenceData.root().resolve("data"))) {
            return files.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(jpg|png|webp)"))
                    .sorted().collect(Collectors.toList());
        }
    }

    /** A photo-like picture: gradient, translucent antialiased shapes, ±8 noise per channel. */
    static BufferedImage photoLike(int width, int height, long seed, boolean grey) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, grey ? BufferedImage.TYPE_BYTE_GRAY
                : BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(random.nextInt(0xffffff)), width, height,
                new Color(random.nextInt(0xffffff))));
        g.fillRect(0, 0, width, height);
        for (int shape = 0; shape < 20; shape++) {
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 96 + random.nextInt(160)));
            int x = random.nextInt(width);
            int y = random.nextInt(height);
            int w = 8 + random.nextInt(Math.max(1, width / 3));
            int h = 8 + random.nextInt(Math.max(1, height / 3));
            if (shape % 2 == 0) {
                g.fill(new Ellipse2D.Double(x - w / 2.0, y - h / 2.0, w, h));
            } else {
                g.setStroke(new BasicStroke(2 + random.nextInt(10)));
                g.drawLine(x, y, random.nextInt(width), random.nextInt(height));
            }
        }
        g.dispose();
        WritableRaster raster = image.getRaster();
        int[] row = new int[width * raster.getNumBands()];
        for (int y = 0; y < height; y++) {
            raster.getPixels(0, y, width, 1, row);
            for (int i = 0; i < row.length; i++) {
                row[i] = Math.max(0, Math.min(255, row[i] + random.nextInt(17) - 8));
            }
            raster.setPixels(0, y, width, 1, row);
        }
        return image;
    }

    static byte[] jpeg(BufferedImage image, float quality, boolean progressive) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            if (progressive) {
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            }
            writer.write(null, new IIOImage(image, null, null), param);
            out.flush();
            return bytes.toByteArray();
        } finally {
            writer.dispose();
        }
    }

    /** Plain path and fast path on the same bytes: equal luma, hash and quality. */
    private static void assertSamePixelsAndHash(PdqFileHasher fast, String name, byte[] bytes) throws ImageDecodeException {
        LumaImage plain = ImageDecoder.decodeLuma(Path.of(name), bytes, HashOptions.DEFAULT);
        LumaImage reused = ImageDecoder.decodeLuma(Path.of(name), bytes, HashOptions.DEFAULT, fast.readers());
        assertEquals(plain.width(), reused.width(), name);
        assertEquals(plain.height(), reused.height(), name);
        assertArrayEquals(plain.luma(), reused.luma(), name + ": luma");
        PdqResult expected = new PdqFileHasher().hash(plain);
        assertEquals(expected, fast.hash(Path.of(name), bytes), name + ": hash and quality");
    }

    @Test
    void everyReferenceImageGivesTheSameLumaAndHash() throws Exception {
        PdqFileHasher fast = new PdqFileHasher();
        List<Path> files = referenceImages();
        assertTrue(files.size() >= 20, "reference images found: " + files.size());
        for (Path file : files) {
            assertSamePixelsAndHash(fast, file.toString(), Files.readAllBytes(file));
        }
    }

    /** The other formats keep their readers' own destinations: BMP, GIF and PNG written from a reference photo. */
    @Test
    void losslessFormatsGiveTheSameLumaAndHash() throws Exception {
        PdqFileHasher fast = new PdqFileHasher();
        BufferedImage photo = ImageIO.read(ReferenceData.data("reg-test-input/pen-and-coaster.png").toFile());
        BufferedImage bgr = new BufferedImage(photo.getWidth(), photo.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        bgr.getGraphics().drawImage(photo, 0, 0, null);
        for (String format : new String[] {"bmp", "gif", "png", "jpeg", "bmp"}) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            assertTrue(ImageIO.write(bgr, format, bytes), format);
            assertSamePixelsAndHash(fast, "pen-and-coaster." + format, bytes.toByteArray());
        }
    }

    @Test
    void photoLikeJpegsGiveTheSameLumaAndHash() throws Exception {
        PdqFileHasher fast = new PdqFileHasher();
        // 512x512 twice: the second meets the destination of the first; grey and colour alternate.
        int[][] sizes = {{1024, 768}, {512, 512}, {301, 199}, {512, 512}};
        int seed = 0;
        for (int[] size : sizes) {
            for (boolean grey : size[0] == 1024 ? new boolean[] {false} : new boolean[] {false, true}) {
                for (boolean progressive : new boolean[] {false, true}) {
                    float quality = seed % 2 == 0 ? 0.9f : 0.75f;
                    byte[] bytes = jpeg(photoLike(size[0], size[1], seed++, grey), quality, progressive);
                    assertSamePixelsAndHash(fast, size[0] + "x" + size[1] + (grey ? " grey" : " colour")
                            + (progressive ? " progressive" : " baseline") + " q" + quality + ".jpg", bytes);
                }
            }
        }
    }

    @Test
    void aFailedFileLeavesTheReusedReadersAsGoodAsNew() throws Exception {
        PdqFileHasher fast = new PdqFileHasher();
        byte[] good = jpeg(photoLike(200, 150, 7, false), 0.9f, false);
        assertSamePixelsAndHash(fast, "before.jpg", good);
        byte[] truncated = Arrays.copyOf(good, good.length / 2);
        ImageDecodeException plain = assertThrows(ImageDecodeException.class,
                () -> ImageDecoder.decodeLuma(Path.of("half.jpg"), truncated, HashOptions.DEFAULT));
        ImageDecodeException reused = assertThrows(ImageDecodeException.class,
                () -> fast.hash(Path.of("half.jpg"), truncated));
        assertEquals(plain.getMessage(), reused.getMessage());
        assertSamePixelsAndHash(fast, "after.jpg", good);
        assertSamePixelsAndHash(fast, "other.jpg", jpeg(photoLike(200, 150, 8, false), 0.9f, true));
    }

    @Test
    void aClosedHasherFreesItsReadersAndStillHashesWithNewOnes() throws Exception {
        byte[] photo = jpeg(photoLike(200, 150, 9, false), 0.9f, false);
        try (PdqFileHasher fast = new PdqFileHasher()) {
            assertSamePixelsAndHash(fast, "first.jpg", photo);
            fast.close();
            assertSamePixelsAndHash(fast, "after-close.jpg", photo);
        }
    }

    @Test
    void theCandidatesAreImageIosReadersInImageIosOrder() throws Exception {
        for (Path file : referenceImages()) {
            byte[] bytes = Files.readAllBytes(file);
            List<Class<?>> expected = new ArrayList<>();
            try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
                for (Iterator<ImageReader> it = ImageIO.getImageReaders(in); it.hasNext();) {
                    ImageReader reader = it.next();
                    expected.add(reader.getOriginatingProvider().getClass());
                    reader.dispose();
                }
            }
            List<Class<?>> actual = new ArrayList<>();
            try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
                for (Iterator<ImageReaderSpi> it = ReaderCache.candidates(in); it.hasNext();) {
                    actual.add(it.next().getClass());
                }
                assertEquals(0, in.getStreamPosition(), "the stream is left where it was");
            }
            assertFalse(actual.isEmpty(), file.toString());
            assertEquals(expected, actual, file.toString());
        }
    }

    @Test
    void noCandidateForText() throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream("just words".getBytes()))) {
            Iterator<ImageReaderSpi> candidates = ReaderCache.candidates(in);
            assertFalse(candidates.hasNext());
            assertThrows(java.util.NoSuchElementException.class, candidates::next);
        }
    }

    @Test
    void aReaderIsKeptAfterADecodeAndReplacedAfterAFailure() throws Exception {
        ReaderCache cache = new ReaderCache();
        ImageReaderSpi spi = ImageIO.getImageReadersByFormatName("png").next().getOriginatingProvider();
        ImageReader first = cache.reader(spi);
        assertSame(first, cache.reader(spi));
        cache.release(spi, first, true);
        assertSame(first, cache.reader(spi), "kept after a decode");
        cache.release(spi, first, false);
        assertNotSame(first, cache.reader(spi), "a new reader after a failure");
    }

    @Test
    void onlyPlainEightBitRgbGetsTheReusedDestination() {
        assertTrue(ReaderCache.isPlainRgb(ImageTypeSpecifier.createFromBufferedImageType(BufferedImage.TYPE_3BYTE_BGR)));
        assertTrue(ReaderCache.isPlainRgb(ImageTypeSpecifier.createInterleaved(
                java.awt.color.ColorSpace.getInstance(java.awt.color.ColorSpace.CS_sRGB), new int[] {0, 1, 2},
                DataBuffer.TYPE_BYTE, false, false)));
        for (int type : new int[] {BufferedImage.TYPE_4BYTE_ABGR, BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_BYTE_GRAY,
            BufferedImage.TYPE_BYTE_INDEXED, BufferedImage.TYPE_USHORT_GRAY}) {
            assertFalse(ReaderCache.isPlainRgb(ImageTypeSpecifier.createFromBufferedImageType(type)), "type " + type);
        }
        assertFalse(ReaderCache.isPlainRgb(ImageTypeSpecifier.createInterleaved(
                java.awt.color.ColorSpace.getInstance(java.awt.color.ColorSpace.CS_LINEAR_RGB), new int[] {0, 1, 2},
                DataBuffer.TYPE_BYTE, false, false)), "not sRGB");
        assertFalse(ReaderCache.isPlainRgb(ImageTypeSpecifier.createInterleaved(
                java.awt.color.ColorSpace.getInstance(java.awt.color.ColorSpace.CS_sRGB), new int[] {0, 1, 2},
                DataBuffer.TYPE_USHORT, false, false)), "16-bit");
        assertFalse(ReaderCache.isPlainRgb(ImageTypeSpecifier.createInterleaved(
                java.awt.color.ColorSpace.getInstance(java.awt.color.ColorSpace.CS_sRGB), new int[] {0, 1, 3},
                DataBuffer.TYPE_BYTE, false, false)), "a gap between the bands");
    }

    /**
     * The fast path really is taken: a plain 8-bit RGB JPEG is decoded into the hasher's reused
     * destination, the next one of the same size into the same image, a grey one into the reader's
     * own. (The luma is the same either way, so the tests above cannot see it; without this one the
     * mutants that drop the reused destination survived and ran every image test.)
     */
    @Test
    void aPlainRgbJpegIsDecodedIntoTheReusedDestination() throws Exception {
        PdqFileHasher fast = new PdqFileHasher();
        ReaderCache cache = fast.readers();
        BufferedImage first = ImageDecoder.decode(Path.of("first.jpg"), jpeg(photoLike(64, 48, 10, false), 0.9f, false), cache);
        assertSame(cache.rgbDestination(64, 48), first);
        assertSame(first, ImageDecoder.decode(Path.of("second.jpg"), jpeg(photoLike(64, 48, 11, false), 0.75f, true), cache));
        BufferedImage grey = ImageDecoder.decode(Path.of("grey.jpg"), jpeg(photoLike(64, 48, 12, true), 0.9f, false), cache);
        assertNotSame(first, grey);
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, grey.getType());
    }

    @Test
    void theDestinationIsReusedForTheSameSizeOnly() {
        ReaderCache cache = new ReaderCache();
        BufferedImage a = cache.rgbDestination(40, 30);
        assertEquals(40, a.getWidth());
        assertEquals(30, a.getHeight());
        assertSame(a, cache.rgbDestination(40, 30));
        BufferedImage wider = cache.rgbDestination(41, 30);
        assertNotSame(a, wider);
        assertEquals(41, wider.getWidth());
        BufferedImage taller = cache.rgbDestination(41, 31);
        assertNotSame(wider, taller);
        assertEquals(31, taller.getHeight());
        assertTrue(ReaderCache.isPlainRgb(new ImageTypeSpecifier(taller)));
    }
}

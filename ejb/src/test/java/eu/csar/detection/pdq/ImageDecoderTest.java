package eu.csar.detection.pdq;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.csar.detection.ReferenceData;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Decoding as a provider sees it: the reasons named when a file cannot be read, and CMYK JPEGs
 * converted without colour management exactly as documented, inverted or not according to the
 * Adobe marker.
 */
class ImageDecoderTest {

    @Test
    void failuresAreDescribedInAFewWords() {
        assertEquals("no such file", ImageDecoder.describe(new NoSuchFileException("/photos/a.jpg")));
        assertEquals("permission denied", ImageDecoder.describe(new AccessDeniedException("/photos/a.jpg")));
        assertEquals("too large", ImageDecoder.describe(new OutOfMemoryError("Java heap space")));
        assertEquals("disk on fire", ImageDecoder.describe(new IOException("disk on fire")));
        assertEquals("IOException", ImageDecoder.describe(new IOException()));
    }

    @Test
    void aMissingFileIsNamedWithItsReason(@org.junit.jupiter.api.io.TempDir Path dir) {
        Path missing = dir.resolve("gone.jpg");
        ImageDecodeException e = assertThrows(ImageDecodeException.class,
                () -> ImageDecoder.decodeLuma(missing, HashOptions.DEFAULT));
        assertEquals(missing + ": cannot read file (no such file)", e.getMessage());
        assertEquals(missing, e.file());
    }

    @Test
    void textIsNotAnImage() {
        Path name = Path.of("notes.jpg");
        ImageDecodeException e = assertThrows(ImageDecodeException.class,
                () -> ImageDecoder.decodeLuma(name, "just words".getBytes(), HashOptions.DEFAULT));
        assertEquals("notes.jpg: not an image in a supported format (JPEG, PNG, GIF, BMP, WebP)", e.getMessage());
    }

    /** The raw CMYK samples of a JPEG, as stored. */
    static Raster rawSamples(byte[] jpeg) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            try {
                reader.setInput(in);
                return reader.readRaster(0, null);
            } finally {
                reader.dispose();
            }
        }
    }

    /**
     * The documented conversion, independently written: with "255 minus ink" samples (Adobe files
     * store them so; others store the ink, to be inverted first), R = C' K' / 255 and likewise for G
     * and B, then the Rec. 601 luma.
     */
    static float[] expectedLuma(Raster raw, boolean adobe) {
        int w = raw.getWidth();
        int h = raw.getHeight();
        float[] out = new float[w * h];
        int[] px = new int[4];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                raw.getPixel(raw.getMinX() + x, raw.getMinY() + y, px);
                int[] v = adobe ? px : new int[] {255 - px[0], 255 - px[1], 255 - px[2], 255 - px[3]};
                out[y * w + x] = LumaImage.rgbLuma(v[0] * v[3] / 255, v[1] * v[3] / 255, v[2] * v[3] / 255);
            }
        }
        return out;
    }

    /**
     * A small CMYK JPEG written here, ink varying on all four channels (black too: with constant
     * black some conversion mistakes cancel out), as ImageIO writes four-band rasters: no Adobe
     * marker ({@link #namedComponents} then says CMYK). With {@code adobe}, an Adobe APP14 segment (transform 0: samples stored as they are)
     * is put after SOI, which makes readers take the same samples as inverted.
     */
    static byte[] cmykJpeg(boolean adobe) throws IOException {
        int w = 40;
        int h = 30;
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, w, h, 4, null);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                raster.setPixel(x, y, new int[] {x * 6, y * 8, (x + y) * 3, (x * y) % 256});
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(raster, null, null), null);
        } finally {
            writer.dispose();
        }
        byte[] plain = namedComponents(bytes.toByteArray());
        assertFalse(JpegSegments.hasAdobeMarker(plain));
        if (!adobe) {
            return plain;
        }
        byte[] app14 = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0};
        byte[] out = new byte[plain.length + app14.length];
        System.arraycopy(plain, 0, out, 0, 2);
        System.arraycopy(app14, 0, out, 2, app14.length);
        System.arraycopy(plain, 2, out, 2 + app14.length, plain.length - 2);
        return out;
    }

    /**
     * The JPEG with its components named C, M, Y and K in the frame and scan headers, as Photoshop
     * names them: without an Adobe marker, that is what tells a reader the four channels are CMYK.
     */
    static byte[] namedComponents(byte[] jpeg) {
        byte[] out = jpeg.clone();
        int p = 2;
        while (p + 4 <= out.length && (out[p] & 0xff) == 0xFF) {
            int marker = out[p + 1] & 0xff;
            int len = (out[p + 2] & 0xff) << 8 | (out[p + 3] & 0xff);
            if (marker == 0xC0 || marker == 0xC1 || marker == 0xC2) {
                for (int c = 0; c < 4; c++) {
                    out[p + 10 + 3 * c] = (byte) "CMYK".charAt(c);
                }
            } else if (marker == 0xDA) {
                for (int c = 0; c < 4; c++) {
                    out[p + 5 + 2 * c] = (byte) "CMYK".charAt(c);
                }
                return out;
            }
            p += 2 + len;
        }
        throw new AssertionError("no frame and scan header found");
    }

    @ParameterizedTest(name = "Adobe marker: {0}")
    @ValueSource(booleans = {false, true})
    void cmykIsConvertedNaivelyAndTheAdobeMarkerSaysTheSamplesAreInverted(boolean adobe) throws Exception {
        byte[] jpeg = cmykJpeg(adobe);
        assertEquals(adobe, JpegSegments.hasAdobeMarker(jpeg));
        LumaImage luma = ImageDecoder.decodeLuma(Path.of("cmyk.jpg"), jpeg, HashOptions.DEFAULT);
        assertEquals(40, luma.width());
        assertEquals(30, luma.height());
        assertArrayEquals(expectedLuma(rawSamples(jpeg), adobe), luma.luma());
    }

    /** Each decoder that tries a damaged file reads it from its start, so each names the same damage. */
    @Test
    void everyDecoderTriedSeesTheWholeFile() throws Exception {
        byte[] jpeg = Files.readAllBytes(ReferenceData.data("reg-test-input/dih/bridge-1-original.jpg"));
        byte[] truncated = Arrays.copyOf(jpeg, jpeg.length / 2);
        ImageDecodeException e = assertThrows(ImageDecodeException.class,
                () -> ImageDecoder.decode(Path.of("half.jpg"), truncated));
        String prefix = "half.jpg: cannot decode image (";
        assertTrue(e.getMessage().startsWith(prefix) && e.getMessage().endsWith(")"), e.getMessage());
        String[] reasons = e.getMessage().substring(prefix.length(), e.getMessage().length() - 1).split(" \\| ");
        assertTrue(reasons.length >= 1, e.getMessage());
        for (String reason : reasons) {
            assertEquals(reasons[0], reason, e.getMessage());
        }
    }
}

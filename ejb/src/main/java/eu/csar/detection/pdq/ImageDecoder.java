package eu.csar.detection.pdq;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes image files with ImageIO (JDK readers plus the TwelveMonkeys plugins: JPEG incl. CMYK
 * and greyscale, PNG, GIF, BMP, WebP) into the luma PDQ hashes.
 *
 * <p>Rule: a file that cannot be decoded completely gives an {@link ImageDecodeException} naming
 * the file, never a hash. Decoder warnings (for example a truncated JPEG, which ImageIO would
 * otherwise fill with grey) are treated as failures for that reason. Only the first image of a
 * multi-image file (animated GIF, multi-page) is hashed.
 */
public final class ImageDecoder {

    static {
        // Decode from memory: ImageIO's default disk cache only slows hashing down.
        ImageIO.setUseCache(false);
        ImageIO.scanForPlugins();
    }

    private ImageDecoder() {
    }

    /** Reads and decodes a file into luma, applying the options' EXIF orientation. */
    public static LumaImage decodeLuma(Path file, HashOptions options) throws ImageDecodeException {
        return decodeLuma(file, read(file), options, null);
    }

    /** The bytes of a file, or an {@link ImageDecodeException} naming it and the reason. */
    static byte[] read(Path file) throws ImageDecodeException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImageDecodeException(file, "cannot read file (" + describe(e) + ")", e);
        } catch (OutOfMemoryError e) {
            throw new ImageDecodeException(file, "file too large to read", null);
        }
        return bytes;
    }

    /** Decodes the bytes of a file (named for error messages) into luma. */
    public static LumaImage decodeLuma(Path name, byte[] bytes, HashOptions options) throws ImageDecodeException {
        return decodeLuma(name, bytes, options, null);
    }

    /** As {@link #decodeLuma(Path, byte[], HashOptions)}, reusing one thread's readers when given. */
    static LumaImage decodeLuma(Path name, byte[] bytes, HashOptions options, ReaderCache readers)
            throws ImageDecodeException {
        BufferedImage image = decode(name, bytes, readers);
        LumaImage luma;
        try {
            luma = LumaImage.of(image);
        } catch (RuntimeException e) {
            throw new ImageDecodeException(name, "unsupported pixel layout (" + e + ")", e);
        }
        if (options.applyExifOrientation()) {
            luma = luma.oriented(ExifOrientation.of(bytes));
        }
        return luma;
    }

    private static boolean isCmyk(ImageReader reader) throws IOException {
        ImageTypeSpecifier raw = reader.getRawImageType(0);
        return raw != null && raw.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_CMYK
                && raw.getSampleModel().getNumBands() == 4;
    }

    /**
     * CMYK JPEGs are converted to RGB naively ({@code R = (255 - C)(255 - K) / 255}), without
     * colour management, as the libjpeg-based reference does; an ICC conversion would move the
     * luma and the hash. Adobe-marked files (Photoshop, PIL) store inverted samples.
     */
    private static BufferedImage readCmyk(ImageReader reader, byte[] bytes) throws IOException {
        Raster raster = reader.readRaster(0, null);
        boolean inverted = JpegSegments.hasAdobeMarker(bytes);
        int w = raster.getWidth();
        int h = raster.getHeight();
        BufferedImage rgb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[w * 4];
        int[] out = new int[w];
        for (int y = 0; y < h; y++) {
            raster.getPixels(raster.getMinX(), raster.getMinY() + y, w, 1, row);
            for (int x = 0; x < w; x++) {
                int c = row[4 * x];
                int m = row[4 * x + 1];
                int ye = row[4 * x + 2];
                int k = row[4 * x + 3];
                if (!inverted) {
                    c = 255 - c;
                    m = 255 - m;
                    ye = 255 - ye;
                    k = 255 - k;
                }
                // Here c, m, ye, k hold 255 minus the ink amounts.
                out[x] = (c * k / 255) << 16 | (m * k / 255) << 8 | (ye * k / 255);
            }
            rgb.setRGB(0, y, w, 1, out, 0, w);
        }
        return rgb;
    }

    /** A short reason for an I/O failure ("no such file", "permission denied", or the message). */
    public static String describe(Throwable e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof OutOfMemoryError) {
            return "too large";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Decodes the first image in the bytes of a file. */
    public static BufferedImage decode(Path name, byte[] bytes) throws ImageDecodeException {
        return decode(name, bytes, null);
    }

    /**
     * Decodes the first image, trying the readers ImageIO offers for the bytes in ImageIO's order.
     * With {@code readers} (one thread's {@link ReaderCache}) the readers and the RGB destination
     * are reused from file to file; the pixels are the same either way.
     */
    static BufferedImage decode(Path name, byte[] bytes, ReaderCache readers) throws ImageDecodeException {
        List<String> failures = new ArrayList<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReaderSpi> candidates = ReaderCache.candidates(in);
            if (!candidates.hasNext()) {
                throw new ImageDecodeException(name, "not an image in a supported format "
                        + "(JPEG, PNG, GIF, BMP, WebP)", null);
            }
            while (candidates.hasNext()) {
                ImageReaderSpi spi = candidates.next();
                ImageReader reader = readers == null ? spi.createReaderInstance() : readers.reader(spi);
                boolean keep = false;
                List<String> warnings = new ArrayList<>();
                try {
                    in.seek(0);
                    reader.setInput(in, true, true);
                    reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                    BufferedImage image = isCmyk(reader) ? readCmyk(reader, bytes)
                            : reader.read(0, readers == null ? null : readers.param(reader));
                    if (image == null) {
                        failures.add(reader.getFormatName() + ": no image");
                    } else if (!warnings.isEmpty()) {
                        failures.add(reader.getFormatName() + ": " + String.join("; ", warnings));
                    } else {
                        keep = true;
                        return image;
                    }
                } catch (IOException | RuntimeException e) {
                    failures.add(reader.getFormatName() + ": " + e.getMessage());
                } finally {
                    if (readers == null) {
                        reader.dispose();
                    } else {
                        readers.release(spi, reader, keep);
                    }
                }
            }
        } catch (ImageDecodeException e) {
            throw e;
        } catch (IOException e) {
            throw new ImageDecodeException(name, "cannot read image (" + e.getMessage() + ")", e);
        } catch (OutOfMemoryError e) {
            throw new ImageDecodeException(name, "image too large to decode", null);
        }
        throw new ImageDecodeException(name, "cannot decode image (" + String.join(" | ", failures) + ")", null);
    }
}

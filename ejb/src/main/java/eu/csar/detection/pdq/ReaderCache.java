package eu.csar.detection.pdq;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.awt.image.SampleModel;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;

/**
 * One thread's ImageIO readers, kept from file to file, and the RGB image the JPEG reader decodes
 * into (speed only: issue 12 §4).
 *
 * <p>Rule: the pixels are exactly those of a fresh reader with its default destination. Readers are
 * tried in ImageIO's order ({@link #candidates}); a reader whose read failed is disposed, not kept.
 * An 8-bit RGB image is decoded into a reused destination whose bands are stored in R, G, B order:
 * the JDK's JPEG reader then copies each decoded row with one array copy instead of byte by byte
 * into its default B, G, R layout; the sample values are the same.
 *
 * <p>Not thread safe: one per thread (a {@link PdqFileHasher} holds one).
 */
final class ReaderCache {

    private static final int[] RGB_ORDER = {0, 1, 2};

    private final Map<ImageReaderSpi, ImageReader> readers = new HashMap<>();
    private BufferedImage rgb;

    /**
     * The reader providers that can decode the stream, in the order {@code ImageIO.getImageReaders}
     * gives them, each asked (stream marked and reset) only when the previous one has been tried.
     */
    static Iterator<ImageReaderSpi> candidates(ImageInputStream in) {
        Iterator<ImageReaderSpi> all = IIORegistry.getDefaultInstance().getServiceProviders(ImageReaderSpi.class, true);
        return new Iterator<>() {
            private ImageReaderSpi next;

            @Override
            public boolean hasNext() {
                while (next == null && all.hasNext()) {
                    ImageReaderSpi spi = all.next();
                    if (canDecode(spi, in)) {
                        next = spi;
                    }
                }
                return next != null;
            }

            @Override
            public ImageReaderSpi next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ImageReaderSpi spi = next;
                next = null;
                return spi;
            }
        };
    }

    private static boolean canDecode(ImageReaderSpi spi, ImageInputStream in) {
        try {
            in.mark();
            try {
                return spi.canDecodeInput(in);
            } finally {
                in.reset();
            }
        } catch (IOException e) {
            return false;
        }
    }

    /** This thread's reader of that provider, created on first use. */
    ImageReader reader(ImageReaderSpi spi) throws IOException {
        ImageReader reader = readers.get(spi);
        if (reader == null) {
            reader = spi.createReaderInstance();
            readers.put(spi, reader);
        }
        return reader;
    }

    /** After a read: a reader that decoded the image is kept (listeners and input cleared), another disposed. */
    void release(ImageReaderSpi spi, ImageReader reader, boolean decoded) {
        if (decoded) {
            reader.reset();
        } else {
            readers.remove(spi);
            reader.dispose();
        }
    }

    /** Frees every kept reader's native decoder now instead of when the collector finds it; a later read makes new ones. */
    void close() {
        readers.values().forEach(ImageReader::dispose);
        readers.clear();
        rgb = null;
    }

    /**
     * The read parameters: for a JPEG whose default destination is 8-bit interleaved sRGB without
     * alpha, the reused R, G, B destination of its size; otherwise the reader's defaults (other
     * readers do not all fill a given destination as they fill their own: the BMP reader's rows
     * came out differently).
     */
    ImageReadParam param(ImageReader reader) throws IOException {
        ImageReadParam param = reader.getDefaultReadParam();
        if (!"jpeg".equalsIgnoreCase(reader.getFormatName())) {
            return param;
        }
        Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
        if (types != null && types.hasNext() && isPlainRgb(types.next())) {
            param.setDestination(rgbDestination(reader.getWidth(0), reader.getHeight(0)));
        }
        return param;
    }

    static boolean isPlainRgb(ImageTypeSpecifier type) {
        SampleModel sm = type.getSampleModel();
        return type.getColorModel() instanceof ComponentColorModel cm && cm.getColorSpace().isCS_sRGB()
                && !cm.hasAlpha() && sm instanceof PixelInterleavedSampleModel pism
                && sm.getDataType() == DataBuffer.TYPE_BYTE && sm.getNumBands() == 3
                && pism.getPixelStride() == 3 && Arrays.equals(sortedCopy(pism.getBandOffsets()), RGB_ORDER);
    }

    private static int[] sortedCopy(int[] offsets) {
        int[] copy = offsets.clone();
        Arrays.sort(copy);
        return copy;
    }

    BufferedImage rgbDestination(int width, int height) {
        if (rgb == null || rgb.getWidth() != width || rgb.getHeight() != height) {
            ComponentColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
                    Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
            rgb = new BufferedImage(cm, Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height,
                    3 * width, 3, RGB_ORDER, null), false, null);
        }
        return rgb;
    }
}

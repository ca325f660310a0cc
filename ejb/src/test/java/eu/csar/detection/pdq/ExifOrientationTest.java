package eu.csar.detection.pdq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The EXIF orientation of JPEG headers built byte by byte, as cameras, phones and editors write
 * them (either byte order, other segments first, the tag anywhere in the first IFD), and the
 * malformed ones a platform receives: every doubtful case is orientation 1, never an error and
 * never a value read from outside the Exif segment. Also the Adobe marker that says how CMYK
 * samples are stored.
 */
class ExifOrientationTest {

    static final int ORIENTATION = 0x0112;

    /** A marker segment: FF, marker, two length bytes (counting themselves), payload. */
    static byte[] segment(int marker, byte[] payload) {
        int len = payload.length + 2;
        byte[] out = new byte[payload.length + 4];
        out[0] = (byte) 0xFF;
        out[1] = (byte) marker;
        out[2] = (byte) (len >> 8);
        out[3] = (byte) len;
        System.arraycopy(payload, 0, out, 4, payload.length);
        return out;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    static final byte[] SOI = bytes(0xFF, 0xD8);
    /** Start of scan and a few bytes of entropy-coded data: no metadata after this. */
    static final byte[] SCAN = concat(segment(0xDA, new byte[10]), bytes(0x12, 0x34, 0xFF, 0xD9));

    static void put16(byte[] b, int p, int v, boolean little) {
        b[p + (little ? 0 : 1)] = (byte) v;
        b[p + (little ? 1 : 0)] = (byte) (v >> 8);
    }

    static void put32(byte[] b, int p, long v, boolean little) {
        put16(b, p + (little ? 0 : 2), (int) v, little);
        put16(b, p + (little ? 2 : 0), (int) (v >> 16), little);
    }

    /**
     * A TIFF block: byte order, 42, the IFD offset, {@code pad} bytes, then the IFD at 8 + pad with
     * {@code tags.length} SHORT entries ({@code tags[i]} = {@code values[i]}) and a next-IFD offset of 0.
     */
    static byte[] tiff(boolean little, long ifdOffset, int pad, int[] tags, int[] values) {
        byte[] t = new byte[8 + pad + 2 + 12 * tags.length + 4];
        t[0] = t[1] = (byte) (little ? 'I' : 'M');
        put16(t, 2, 42, little);
        put32(t, 4, ifdOffset, little);
        int p = 8 + pad;
        put16(t, p, tags.length, little);
        for (int i = 0; i < tags.length; i++) {
            int e = p + 2 + 12 * i;
            put16(t, e, tags[i], little);
            put16(t, e + 2, 3, little);
            put32(t, e + 4, 1, little);
            put16(t, e + 8, values[i], little);
        }
        return t;
    }

    static byte[] exifPayload(byte[] tiff) {
        return concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff);
    }

    /** A JPEG header with one Exif segment holding an orientation entry after {@code before} other entries. */
    static byte[] jpegWithOrientation(boolean little, int value, int before) {
        int[] tags = new int[before + 1];
        int[] values = new int[before + 1];
        for (int i = 0; i < before; i++) {
            tags[i] = 0x8000 + i; // anything but the orientation
            values[i] = 6;
        }
        tags[before] = ORIENTATION;
        values[before] = value;
        return concat(SOI, segment(0xE1, exifPayload(tiff(little, 8, 0, tags, values))), SCAN);
    }

    @ParameterizedTest(name = "orientation {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void theOrientationIsReadInBothByteOrders(int value) {
        assertEquals(value, ExifOrientation.of(jpegWithOrientation(true, value, 0)), "little-endian");
        assertEquals(value, ExifOrientation.of(jpegWithOrientation(false, value, 0)), "big-endian");
        assertEquals(value, ExifOrientation.of(jpegWithOrientation(true, value, 3)), "fourth entry");
        assertEquals(value, ExifOrientation.of(jpegWithOrientation(false, value, 30)), "31st entry, segment over 255 bytes");
    }

    @ParameterizedTest(name = "value {0}")
    @ValueSource(ints = {0, 9, 0x0106, 0xffff})
    void valuesOutside1To8MeanUpright(int value) {
        assertEquals(1, ExifOrientation.of(jpegWithOrientation(true, value, 0)));
        assertEquals(1, ExifOrientation.of(jpegWithOrientation(false, value, 2)));
    }

    /** An orientation entry after the last entry the IFD counts is not part of it. */
    @Test
    void onlyTheEntriesTheIfdCountsAreRead() {
        for (boolean little : new boolean[] {true, false}) {
            byte[] t = tiff(little, 8, 0, new int[] {0x8000, ORIENTATION}, new int[] {6, 6});
            assertEquals(6, ExifOrientation.of(concat(SOI, segment(0xE1, exifPayload(t)), SCAN)));
            put16(t, 8, 1, little);
            assertEquals(1, ExifOrientation.of(concat(SOI, segment(0xE1, exifPayload(t)), SCAN)));
        }
    }

    @Test
    void noOrientationEntryMeansUpright() {
        byte[] jpeg = concat(SOI, segment(0xE1, exifPayload(tiff(true, 8, 0, new int[] {0x010F, 0x0110},
                new int[] {6, 6}))), SCAN);
        assertEquals(1, ExifOrientation.of(jpeg));
    }

    @Test
    void theExifSegmentIsFoundAfterOtherSegmentsFillBytesAndStandaloneMarkers() {
        byte[] jfif = segment(0xE0, concat("JFIF\0".getBytes(StandardCharsets.ISO_8859_1), new byte[300]));
        byte[] xmp = segment(0xE1, "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>".getBytes(StandardCharsets.ISO_8859_1));
        byte[] exif = segment(0xE1, exifPayload(tiff(false, 8, 0, new int[] {ORIENTATION}, new int[] {8})));
        byte[] standalone = bytes(0xFF, 0xD0, 0xFF, 0xD7, 0xFF, 0x01, 0xFF, 0xFF, 0xFF);
        // After the fill bytes 0xFF 0xFF, the last 0xFF of `standalone` starts the Exif marker.
        byte[] exifAfterFill = Arrays.copyOfRange(exif, 1, exif.length);
        assertEquals(8, ExifOrientation.of(concat(SOI, jfif, xmp, standalone, exifAfterFill, SCAN)));
    }

    @Test
    void theIfdIsWhereTheHeaderSaysInBothByteOrders() {
        for (boolean little : new boolean[] {true, false}) {
            byte[] padded = tiff(little, 8 + 18, 18, new int[] {ORIENTATION}, new int[] {3});
            assertEquals(3, ExifOrientation.of(concat(SOI, segment(0xE1, exifPayload(padded)), SCAN)), "after padding");
            // An offset with a high half (65544) points far beyond the segment, though its low half (8) would
            // find an IFD: nothing is read.
            byte[] far = tiff(little, 0x10008L, 0, new int[] {ORIENTATION}, new int[] {3});
            assertEquals(1, ExifOrientation.of(concat(SOI, segment(0xE1, exifPayload(far)), SCAN)), "far offset");
            // An offset inside the 8-byte header is refused.
            byte[] inside = tiff(little, 4, 0, new int[] {ORIENTATION}, new int[] {3});
            assertEquals(1, ExifOrientation.of(concat(SOI, segment(0xE1, exifPayload(inside)), SCAN)), "offset 4");
        }
    }

    /**
     * An Exif segment whose length stops short of the orientation entry, the entry's bytes still
     * following in the file: it is outside the segment and not read. With the length exactly at
     * the end of the entry, it is read.
     */
    @Test
    void entriesBeyondTheSegmentLengthAreNotRead() {
        for (int before : new int[] {0, 25}) {
            byte[] payload = exifPayload(tiff(true, 8, 0, tagsEndingWithOrientation(before), orientation5After(before)));
            int entryEnd = 6 + 8 + 2 + 12 * (before + 1); // within the payload
            for (int shortBy = 0; shortBy <= 4; shortBy++) {
                byte[] seg = segment(0xE1, payload);
                int len = entryEnd - shortBy + 2;
                seg[2] = (byte) (len >> 8);
                seg[3] = (byte) len;
                assertEquals(shortBy == 0 ? 5 : 1, ExifOrientation.of(concat(SOI, seg, SCAN)),
                        before + " entries before, length short by " + shortBy);
            }
        }
    }

    private static int[] tagsEndingWithOrientation(int before) {
        int[] tags = new int[before + 1];
        for (int i = 0; i < before; i++) {
            tags[i] = 0x8000 + i;
        }
        tags[before] = ORIENTATION;
        return tags;
    }

    private static int[] orientation5After(int before) {
        int[] values = new int[before + 1];
        values[before] = 5;
        return values;
    }

    @Test
    void malformedOrMissingMetadataMeansUpright() {
        byte[] good = jpegWithOrientation(true, 6, 1);
        assertEquals(6, ExifOrientation.of(good));
        for (int cut = 0; cut < good.length - SCAN.length; cut++) {
            int o = ExifOrientation.of(Arrays.copyOf(good, cut));
            assertTrue(o == 1 || o == 6, "cut at " + cut + " gave " + o);
        }
        assertEquals(1, ExifOrientation.of(new byte[0]));
        assertEquals(1, ExifOrientation.of(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)));
        assertEquals(1, ExifOrientation.of(concat(SOI, SCAN)), "no Exif segment");
        byte[] badOrder = jpegWithOrientation(true, 6, 0);
        for (String order : new String[] {"XX", "IM", "MI", "ii"}) {
            int t = SOI.length + 4 + 6;
            badOrder[t] = (byte) order.charAt(0);
            badOrder[t + 1] = (byte) order.charAt(1);
            assertEquals(1, ExifOrientation.of(badOrder), "byte order " + order);
        }
        byte[] exif = segment(0xE1, exifPayload(tiff(true, 8, 0, new int[] {ORIENTATION}, new int[] {6})));
        assertEquals(1, ExifOrientation.of(concat(SOI, SCAN, exif)), "after the start of scan");
        assertEquals(1, ExifOrientation.of(concat(SOI, bytes(0xFF, 0xD9), exif)), "after the end of image");
        assertEquals(1, ExifOrientation.of(concat(SOI, bytes(0x00, 0xE1), exif)), "not a marker");
        assertEquals(1, ExifOrientation.of(concat(bytes(0xFF, 0xD9), Arrays.copyOfRange(exif, 0, exif.length))), "no SOI");
        assertEquals(1, ExifOrientation.of(concat(bytes(0x00, 0xD8), exif)), "no SOI marker");
    }

    // ------------------------------------------------------------------ the Adobe marker

    static final byte[] ADOBE = "Adobe".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void theAdobeMarkerIsFoundOnlyInAnApp14SegmentThatHoldsIt() {
        byte[] app14 = segment(0xEE, concat(ADOBE, bytes(0, 100, 0, 0, 0, 0, 2)));
        assertTrue(JpegSegments.hasAdobeMarker(concat(SOI, app14, SCAN)));
        assertTrue(JpegSegments.hasAdobeMarker(concat(SOI, segment(0xE0, new byte[400]), app14, SCAN)), "after APP0");
        assertFalse(JpegSegments.hasAdobeMarker(concat(SOI, segment(0xED, concat(ADOBE, new byte[7])), SCAN)),
                "APP13 is not APP14");
        assertFalse(JpegSegments.hasAdobeMarker(concat(SOI, segment(0xEE, "Adobf..".getBytes(StandardCharsets.ISO_8859_1)), SCAN)));
        assertFalse(JpegSegments.hasAdobeMarker(concat(SOI, segment(0xE0, new byte[20]))), "header without a scan");
        assertFalse(JpegSegments.hasAdobeMarker(concat(SOI, SCAN, app14)), "after the scan");
        assertFalse(JpegSegments.hasAdobeMarker(bytes(0xFF, 0xD8, 0xFF)));
        assertFalse(JpegSegments.hasAdobeMarker(new byte[0]));
    }

    @Test
    void aSignatureMustLieWithinItsSegmentAndTheFile() {
        // Payload exactly "Adobe", and the file ends right after it.
        assertTrue(JpegSegments.hasAdobeMarker(concat(SOI, segment(0xEE, ADOBE))));
        // The file ends inside the signature.
        assertFalse(JpegSegments.hasAdobeMarker(Arrays.copyOf(concat(SOI, segment(0xEE, ADOBE)), 9)));
        // A segment of one byte, "A", followed by bytes that spell the rest: not a signature.
        byte[] shortSegment = concat(SOI, bytes(0xFF, 0xEE, 0x00, 0x03), ADOBE, SCAN);
        assertFalse(JpegSegments.hasAdobeMarker(shortSegment));
        assertEquals(-1, JpegSegments.find(shortSegment, 0xEE, "Adobe"));
        assertEquals(6, JpegSegments.find(concat(SOI, segment(0xEE, ADOBE)), 0xEE, "Adobe"), "payload offset");
    }
}

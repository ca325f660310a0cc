package eu.csar.detection.pdq;

/**
 * Reads the EXIF orientation tag (0x0112) of a JPEG file, for the option that hashes photos
 * upright. Only the APP1 "Exif" segment of a JPEG is looked at; anything else is orientation 1.
 * Malformed metadata is never an error: it simply yields 1.
 */
final class ExifOrientation {

    private ExifOrientation() {
    }

    static int of(byte[] file) {
        try {
            return read(file);
        } catch (IndexOutOfBoundsException e) {
            return 1;
        }
    }

    private static int read(byte[] b) {
        int seg = JpegSegments.find(b, 0xE1, "Exif\0\0");
        if (seg < 0) {
            return 1;
        }
        int len = ((b[seg - 2] & 0xff) << 8) | (b[seg - 1] & 0xff);
        return fromTiff(b, seg + 6, seg - 2 + len);
    }

    private static int fromTiff(byte[] b, int t, int end) {
        boolean little = b[t] == 'I' && b[t + 1] == 'I';
        if (!little && !(b[t] == 'M' && b[t + 1] == 'M')) {
            return 1;
        }
        long ifd = u32(b, t + 4, little);
        int p = (int) (t + ifd);
        if (ifd < 8 || p + 2 > end) {
            return 1;
        }
        int count = u16(b, p, little);
        for (int i = 0; i < count; i++) {
            int e = p + 2 + 12 * i;
            if (e + 12 > end) {
                return 1;
            }
            if (u16(b, e, little) == 0x0112) {
                int value = u16(b, e + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int u16(byte[] b, int p, boolean little) {
        return little ? (b[p] & 0xff) | (b[p + 1] & 0xff) << 8 : (b[p] & 0xff) << 8 | (b[p + 1] & 0xff);
    }

    private static long u32(byte[] b, int p, boolean little) {
        return little
                ? (u16(b, p, true) & 0xffffL) | (long) u16(b, p + 2, true) << 16
                : (long) u16(b, p, false) << 16 | (u16(b, p + 2, false) & 0xffffL);
    }
}

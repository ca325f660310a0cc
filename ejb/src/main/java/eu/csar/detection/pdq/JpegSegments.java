package eu.csar.detection.pdq;

import java.nio.charset.StandardCharsets;

/**
 * Finds metadata segments in the header of a JPEG file (the part before the first scan), for the
 * two facts ImageIO does not give us uniformly: the EXIF orientation and the Adobe marker that
 * says CMYK samples are stored inverted.
 */
final class JpegSegments {

    private JpegSegments() {
    }

    /** Whether the JPEG has an Adobe APP14 segment. */
    static boolean hasAdobeMarker(byte[] b) {
        return find(b, 0xEE, "Adobe") >= 0;
    }

    /**
     * Offset of the payload of the first segment with the given marker whose payload starts with
     * {@code signature}, or -1. The two length bytes sit just before the returned offset.
     */
    static int find(byte[] b, int wantedMarker, String signature) {
        byte[] sig = signature.getBytes(StandardCharsets.ISO_8859_1);
        if (b.length < 4 || (b[0] & 0xff) != 0xFF || (b[1] & 0xff) != 0xD8) {
            return -1;
        }
        int p = 2;
        while (p + 4 <= b.length) {
            if ((b[p] & 0xff) != 0xFF) {
                return -1;
            }
            int marker = b[p + 1] & 0xff;
            if (marker == 0xFF) {
                p++; // fill byte
                continue;
            }
            if (marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
                p += 2;
                continue;
            }
            if (marker == 0xDA || marker == 0xD9) {
                return -1; // start of scan: no more metadata
            }
            int len = ((b[p + 2] & 0xff) << 8) | (b[p + 3] & 0xff);
            int seg = p + 4;
            if (marker == wantedMarker && len - 2 >= sig.length && seg + sig.length <= b.length) {
                boolean same = true;
                for (int i = 0; i < sig.length && same; i++) {
                    same = b[seg + i] == sig[i];
                }
                if (same) {
                    return seg;
                }
            }
            p += 2 + len;
        }
        return -1;
    }
}

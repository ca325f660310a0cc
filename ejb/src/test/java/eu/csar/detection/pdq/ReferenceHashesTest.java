package eu.csar.detection.pdq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.csar.detection.ReferenceData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our PDQ against the C++ reference, one test per file listed in the reference CSVs, so that a
 * regression names the file: lossless inputs bit-exact, JPEG (whose decoders differ slightly)
 * within 8 bits and 2 quality points.
 */
class ReferenceHashesTest {

    static final int JPEG_BITS = 8;
    static final int JPEG_QUALITY = 2;

    static boolean lossless(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.endsWith(".png") || p.endsWith(".bmp") || p.endsWith(".gif");
    }

    static Stream<Arguments> fullRes() {
        return ReferenceData.expectedLines("cpp-fullres.csv").stream().map(l -> l.split(",", 3))
                .map(f -> Arguments.of(f[2], f[0], Integer.parseInt(f[1])));
    }

    static Stream<Arguments> fullResDihedral() {
        Map<String, List<String>> byFile = new LinkedHashMap<>();
        for (String l : ReferenceData.expectedLines("cpp-fullres-dihedral.csv")) {
            String[] f = l.split(",", 4);
            byFile.computeIfAbsent(f[3], k -> new ArrayList<>()).add(f[0] + "," + f[1] + "," + f[2]);
        }
        return byFile.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fullRes")
    void fullResolutionHashMatchesReference(String file, String expectedHash, int expectedQuality) throws Exception {
        PdqResult r = new PdqFileHasher().hash(ReferenceData.data(file));
        assertClose(file, PdqHash.fromHex(expectedHash), expectedQuality, r);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fullResDihedral")
    void dihedralHashesMatchReference(String file, List<String> expected) throws Exception {
        PdqResult[] r = new PdqFileHasher().hashDihedral(ReferenceData.data(file));
        assertEquals(8, expected.size(), "8 reference lines for " + file);
        for (String line : expected) {
            String[] f = line.split(",");
            Dihedral d = Dihedral.ofLabel(f[2]);
            assertClose(file + " " + d.label(), PdqHash.fromHex(f[0]), Integer.parseInt(f[1]), r[d.ordinal()]);
        }
    }

    static void assertClose(String what, PdqHash expected, int expectedQuality, PdqResult actual) {
        int distance = expected.distance(actual.hash());
        if (lossless(what.split(" ")[0])) {
            assertEquals(expected.toHex() + "," + expectedQuality, actual.hash().toHex() + "," + actual.quality(),
                    what + ": lossless input must be bit-exact (distance " + distance + ")");
        } else {
            assertTrue(distance <= JPEG_BITS, what + ": distance " + distance + " > " + JPEG_BITS
                    + " (expected " + expected + ", got " + actual.hash() + ")");
            assertTrue(Math.abs(expectedQuality - actual.quality()) <= JPEG_QUALITY,
                    what + ": quality " + actual.quality() + " vs " + expectedQuality);
        }
        assertFalse(actual.quality() < 0);
    }
}

package eu.csar.detection.pdq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.csar.detection.ReferenceData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 512x512 compatibility mode against the reference command-line tool's output
 * ({@code cpp-cli512*.csv}), one test per file. Lossless inputs must be bit-exact (the squash is
 * CImg's nearest neighbour, reproduced exactly); JPEG and WebP, decoded by ImageMagick for the
 * reference, within {@link #BITS} bits and {@link #QUALITY} quality points. Measured: every PNG
 * and JPEG bit-exact, WebP within 6 bits (libwebp and the TwelveMonkeys decoder differ).
 */
class Squash512CompatibilityTest {

    /** Hamming tolerance for lossy formats. */
    static final int BITS = 8;
    static final int QUALITY = 2;

    static Stream<Arguments> cli512() {
        return ReferenceData.expectedLines("cpp-cli512.csv").stream().map(l -> l.split(",", 3))
                .map(f -> Arguments.of(f[2], f[0], Integer.parseInt(f[1])));
    }

    static Stream<Arguments> cli512Dihedral() {
        Map<String, List<String>> byFile = new LinkedHashMap<>();
        for (String l : ReferenceData.expectedLines("cpp-cli512-dihedral.csv")) {
            String[] f = l.split(",", 3);
            byFile.computeIfAbsent(f[2], k -> new ArrayList<>()).add(f[0] + "," + f[1]);
        }
        return byFile.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cli512")
    void squashedHashMatchesReferenceTool(String file, String hash, int quality) throws Exception {
        PdqResult r = new PdqFileHasher(HashOptions.SQUASH_512).hash(ReferenceData.data(file));
        check(file, PdqHash.fromHex(hash), quality, r);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cli512Dihedral")
    void squashedDihedralHashesMatchReferenceTool(String file, List<String> lines) throws Exception {
        PdqResult[] r = new PdqFileHasher(HashOptions.SQUASH_512).hashDihedral(ReferenceData.data(file));
        for (int i = 0; i < 8; i++) {
            String[] f = lines.get(i).split(",");
            check(file + " " + Dihedral.values()[i].label(), PdqHash.fromHex(f[0]), Integer.parseInt(f[1]), r[i]);
        }
    }

    private static void check(String what, PdqHash expected, int quality, PdqResult actual) {
        int d = expected.distance(actual.hash());
        if (ReferenceHashesTest.lossless(what.split(" ")[0])) {
            assertEquals(expected.toHex() + "," + quality, actual.hash().toHex() + "," + actual.quality(), what);
            return;
        }
        assertTrue(d <= BITS, what + ": distance " + d + " (expected " + expected + ", got " + actual.hash() + ")");
        assertTrue(Math.abs(quality - actual.quality()) <= QUALITY, what + ": quality " + actual.quality() + " vs " + quality);
    }
}

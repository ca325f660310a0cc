package eu.csar.detection.pdq;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 512x512 compatibility mode against the reference command-line tool's output
 * ({@code cpp-cli512*.csv}), one test per file. Lossless inputs must be bit-exact (the squash is
 * CImg's nearest neighbour, reproduced exactly); JPEG and WebP, decoded by ImageMagick for the
 * reference, within {@link #BITS} bits and {@link #QUALITY} quality points. Measured: every PNG
 * and JPEG bit-exact, WebP within 6 bits (libwebp and the TwelveMonkeys decoder differ). Each file
 * is decoded once for all modes ({@link ReferenceImageHashes}).
 */
class Squash512CompatibilityTest {

    /** Hamming tolerance for lossy formats. */
    static final int BITS = 8;
    static final int QUALITY = 2;

    static Stream<Arguments> cli512() {
        return ReferenceImageHashes.singleHashes("cpp-cli512.csv");
    }

    static Stream<Arguments> cli512Dihedral() {
        return ReferenceImageHashes.linesByFile("cpp-cli512-dihedral.csv", 3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cli512")
    void squashedHashMatchesReferenceTool(String file, String hash, int quality) {
        PdqResult r = ReferenceImageHashes.of(file).squashed();
        check(file, PdqHash.fromHex(hash), quality, r);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cli512Dihedral")
    void squashedDihedralHashesMatchReferenceTool(String file, List<String> lines) {
        PdqResult[] r = ReferenceImageHashes.of(file).squashedDihedral();
        for (int i = 0; i < 8; i++) {
            String[] f = lines.get(i).split(",");
            check(file + " " + Dihedral.values()[i].label(), PdqHash.fromHex(f[0]), Integer.parseInt(f[1]), r[i]);
        }
    }

    private static void check(String what, PdqHash expected, int quality, PdqResult actual) {
        ReferenceImageHashes.assertClose(what, expected, quality, actual, BITS, QUALITY);
    }
}

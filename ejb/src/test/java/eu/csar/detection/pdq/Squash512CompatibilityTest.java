package eu.csar.detection.pdq;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 512x512 compatibility mode against the reference command-line tool's output
 * ({@code cpp-cli512*.csv}), one test per file. The squash is CImg's nearest neighbour, reproduced
 * exactly, so every PNG and JPEG hash and every quality must be bit-exact (measured), except the two
 * {@code wee.jpg} dihedral hashes of {@link ReferenceImageHashes#MEASURED_DIFFERENCES}. WebP alone
 * keeps a tolerance, {@link #WEBP_BITS}: the reference decoded it with libwebp (through ImageMagick),
 * we with the TwelveMonkeys decoder, and the two give slightly different pixels; measured 2 to 6
 * bits over the WebP files and their dihedral hashes, quality identical. Each file is decoded once
 * per run for all modes ({@link ReferenceImageHashes}).
 */
@ExtendWith(ReferenceImageHashes.Resolver.class)
class Squash512CompatibilityTest {

    /** Hamming tolerance for WebP: the largest distance measured (I.webp, F.webp rot90/flipy). */
    static final int WEBP_BITS = 6;

    static Stream<Arguments> cli512() {
        return ReferenceImageHashes.singleHashes("cpp-cli512.csv");
    }

    static Stream<Arguments> cli512Dihedral() {
        return ReferenceImageHashes.linesByFile("cpp-cli512-dihedral.csv", 3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cli512")
    void squashedHashMatchesReferenceTool(String file, String hash, int quality, ReferenceImageHashes hashes) {
        PdqResult r = hashes.squashed(file);
        check(file, PdqHash.fromHex(hash), quality, r);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cli512Dihedral")
    void squashedDihedralHashesMatchReferenceTool(String file, List<String> lines, ReferenceImageHashes hashes) {
        PdqResult[] r = hashes.squashedDihedral(file);
        for (int i = 0; i < 8; i++) {
            String[] f = lines.get(i).split(",");
            check(file + " " + Dihedral.values()[i].label(), PdqHash.fromHex(f[0]), Integer.parseInt(f[1]), r[i]);
        }
    }

    private static void check(String what, PdqHash expected, int quality, PdqResult actual) {
        int bits = what.split(" ")[0].endsWith(".webp") ? WEBP_BITS : ReferenceImageHashes.measuredDifference(what);
        ReferenceImageHashes.assertMatches(what, expected, quality, actual, bits);
    }
}

package eu.csar.detection.pdq;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our PDQ against the C++ reference, one test per file listed in the reference CSVs, so that a
 * regression names the file: every hash and quality bit-exact, PNG and JPEG alike (measured), except
 * the two dihedral hashes of {@code wee.jpg} listed with their measured distance in
 * {@link ReferenceImageHashes#MEASURED_DIFFERENCES}. Each file is decoded once per run for all modes
 * ({@link ReferenceImageHashes}).
 */
@ExtendWith(ReferenceImageHashes.Resolver.class)
class ReferenceHashesTest {

    static Stream<Arguments> fullRes() {
        return ReferenceImageHashes.singleHashes("cpp-fullres.csv");
    }

    static Stream<Arguments> fullResDihedral() {
        return ReferenceImageHashes.linesByFile("cpp-fullres-dihedral.csv", 4);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fullRes")
    void fullResolutionHashMatchesReference(String file, String expectedHash, int expectedQuality,
            ReferenceImageHashes hashes) {
        PdqResult r = hashes.fullRes(file);
        assertMatches(file, PdqHash.fromHex(expectedHash), expectedQuality, r);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fullResDihedral")
    void dihedralHashesMatchReference(String file, List<String> expected, ReferenceImageHashes hashes) {
        PdqResult[] r = hashes.fullResDihedral(file);
        assertEquals(8, expected.size(), "8 reference lines for " + file);
        for (String line : expected) {
            String[] f = line.split(",");
            Dihedral d = Dihedral.ofLabel(f[2]);
            assertMatches(file + " " + d.label(), PdqHash.fromHex(f[0]), Integer.parseInt(f[1]), r[d.ordinal()]);
        }
    }

    static void assertMatches(String what, PdqHash expected, int expectedQuality, PdqResult actual) {
        ReferenceImageHashes.assertMatches(what, expected, expectedQuality, actual,
                ReferenceImageHashes.measuredDifference(what));
    }
}

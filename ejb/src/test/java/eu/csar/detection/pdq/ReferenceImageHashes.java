package eu.csar.detection.pdq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.csar.detection.ReferenceData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Our hashes of the reference files, and how they are compared with the reference's.
 *
 * <p>Several test classes check the same files in different modes (full resolution, dihedral,
 * 512 squash, upstream assertions), and decoding the photos is most of their time. So each file
 * is decoded once per test run, through {@link ImageDecoder#decodeLuma} as
 * {@link PdqFileHasher#hash(java.nio.file.Path)} does, and each mode is then hashed, on first
 * use, from a fresh copy of that luma by {@link PdqFileHasher} itself. The path-based entry points
 * are still exercised by the CLI and image-format tests.
 *
 * <p>A test gets the instance as a parameter ({@link Resolver}); it lives in the root store of
 * the JUnit run, never in a static field. A static cache would outlive the run: mutation testing
 * runs the same tests again in the same JVM against changed production code, and would then
 * compare stale hashes computed by an earlier version of the code.
 */
final class ReferenceImageHashes {

    private final Map<String, LumaImage> decoded = new ConcurrentHashMap<>();
    private final Map<String, PdqResult[]> hashed = new ConcurrentHashMap<>();

    /** Resolves a {@link ReferenceImageHashes} parameter to the one instance of the current run. */
    static final class Resolver implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == ReferenceImageHashes.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(ExtensionContext.Namespace.create(ReferenceImageHashes.class))
                    .getOrComputeIfAbsent(ReferenceImageHashes.class, k -> new ReferenceImageHashes(),
                            ReferenceImageHashes.class);
        }
    }

    /** The full-resolution hash of a file under the reference {@code data/} directory. */
    PdqResult fullRes(String file) {
        return hashes(file, HashOptions.DEFAULT, false)[0];
    }

    /** The eight full-resolution dihedral hashes, indexed by {@link Dihedral#ordinal()}. */
    PdqResult[] fullResDihedral(String file) {
        return hashes(file, HashOptions.DEFAULT, true);
    }

    /** The hash in the reference tool's 512 squash mode. */
    PdqResult squashed(String file) {
        return hashes(file, HashOptions.SQUASH_512, false)[0];
    }

    /** The eight dihedral hashes in the 512 squash mode. */
    PdqResult[] squashedDihedral(String file) {
        return hashes(file, HashOptions.SQUASH_512, true);
    }

    private PdqResult[] hashes(String file, HashOptions options, boolean dihedral) {
        String key = file + " " + options + " " + dihedral;
        return hashed.computeIfAbsent(key, k -> {
            PdqFileHasher hasher = new PdqFileHasher(options);
            LumaImage luma = copy(decoded.computeIfAbsent(file, ReferenceImageHashes::decode));
            return dihedral ? hasher.hashDihedral(luma) : new PdqResult[] {hasher.hash(luma)};
        }).clone();
    }

    private static LumaImage decode(String file) {
        try {
            return ImageDecoder.decodeLuma(ReferenceData.data(file), HashOptions.DEFAULT);
        } catch (ImageDecodeException e) {
            throw new AssertionError(file + ": " + e.getMessage(), e);
        }
    }

    /** Hashing overwrites its input, so every mode gets its own copy. */
    private static LumaImage copy(LumaImage luma) {
        return new LumaImage(luma.luma().clone(), luma.width(), luma.height());
    }

    /**
     * The only reference hashes of JPEG and PNG files that we do not reproduce bit for bit, with the
     * measured Hamming distance, keyed by "file transform": two dihedral hashes of the 34x42
     * progressive {@code wee.jpg}, in both modes (the 512 squash leaves it as it is). Two of its DCT
     * coefficients (-0.99 and -1.10, the two at the median) come out in the opposite order in the
     * reference, most likely a small decoder difference on so tiny a file; only rot90 and flipy,
     * which negate both and put a third coefficient between them, can show it. Every other hash and
     * every quality is exact.
     */
    static final Map<String, Integer> MEASURED_DIFFERENCES = Map.of(
            "misc-images/wee.jpg rot90", 2,
            "misc-images/wee.jpg flipy", 2);

    /** The measured distance for {@code what} ("file" or "file transform"), 0 when bit-exact. */
    static int measuredDifference(String what) {
        return MEASURED_DIFFERENCES.getOrDefault(what, 0);
    }

    /**
     * One test argument set per line of a reference CSV of {@code hash,quality,file} lines:
     * (file, hash, quality).
     */
    static Stream<Arguments> singleHashes(String csv) {
        return ReferenceData.expectedLines(csv).stream().map(l -> l.split(",", 3))
                .map(f -> Arguments.of(f[2], f[0], Integer.parseInt(f[1])));
    }

    /**
     * One test argument set per file of a reference CSV of {@code columns} columns with the file
     * last: (file, the lines' other columns joined by commas, in file order).
     */
    static Stream<Arguments> linesByFile(String csv, int columns) {
        Map<String, List<String>> byFile = new LinkedHashMap<>();
        for (String l : ReferenceData.expectedLines(csv)) {
            String[] f = l.split(",", columns);
            byFile.computeIfAbsent(f[columns - 1], k -> new ArrayList<>())
                    .add(String.join(",", List.of(f).subList(0, columns - 1)));
        }
        return byFile.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    /**
     * Our result against the reference's for {@code what} (a file name, then optionally a space and
     * a transform label): hash and quality identical when {@code bits} is 0; otherwise the hash
     * within {@code bits} bits, the quality still identical (it is everywhere).
     */
    static void assertMatches(String what, PdqHash expected, int expectedQuality, PdqResult actual, int bits) {
        if (bits == 0) {
            assertEquals(expected.toHex() + "," + expectedQuality, actual.hash().toHex() + "," + actual.quality(),
                    what + ": must be bit-exact (distance " + expected.distance(actual.hash()) + ")");
            return;
        }
        int distance = expected.distance(actual.hash());
        assertTrue(distance <= bits, what + ": distance " + distance + " > " + bits
                + " (expected " + expected + ", got " + actual.hash() + ")");
        assertEquals(expectedQuality, actual.quality(), what + ": quality");
    }
}

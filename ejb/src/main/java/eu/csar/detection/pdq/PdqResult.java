package eu.csar.detection.pdq;

import java.util.Objects;

/**
 * A PDQ hash with its quality (0..100). Hashes of quality below {@link #TRUSTED_QUALITY} come
 * from featureless images and must not be used for matching decisions.
 */
public record PdqResult(PdqHash hash, int quality) {

    /** Quality from which a PDQ hash is trusted for matching (the ecosystem's convention). */
    public static final int TRUSTED_QUALITY = 50;

    /** The result for images too small to hash: all-zero hash, quality 0. */
    public static final PdqResult EMPTY = new PdqResult(PdqHash.ZERO, 0);

    public PdqResult {
        Objects.requireNonNull(hash, "hash");
        if (quality < 0 || quality > 100) {
            throw new IllegalArgumentException("PDQ quality is 0..100, got " + quality);
        }
    }

    /** Whether the hash is good enough to match on. */
    public boolean trusted() {
        return quality >= TRUSTED_QUALITY;
    }
}

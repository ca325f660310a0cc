package eu.csar.detection.pdq;

/**
 * How a file is turned into PDQ hashes.
 *
 * @param squash512       the compatibility mode of the reference command-line tool: images wider
 *                        or taller than 512 pixels are first squashed to 512x512 (nearest
 *                        neighbour). Off by default: full-resolution hashes are what the
 *                        ecosystem's libraries produce and assert.
 * @param applyExifOrientation turn the image upright according to its EXIF orientation before
 *                        hashing. Off by default, like every reference implementation.
 */
public record HashOptions(boolean squash512, boolean applyExifOrientation) {

    /** Full resolution, EXIF orientation ignored: the ecosystem's hashes. */
    public static final HashOptions DEFAULT = new HashOptions(false, false);

    /** The reference command-line tool's 512x512 squash. */
    public static final HashOptions SQUASH_512 = new HashOptions(true, false);
}

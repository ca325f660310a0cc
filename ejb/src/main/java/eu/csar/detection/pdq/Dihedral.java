package eu.csar.detection.pdq;

/**
 * The eight rotations and mirrorings of an image (the dihedral group D4) for which PDQ derives
 * hashes from one DCT, in the order the reference tool prints them. Hashing all eight lets a
 * matcher find an indicator in a rotated or mirrored copy.
 */
public enum Dihedral {
    /** The image as decoded. */
    ORIGINAL("orig"),
    /** Rotated 90 degrees counter-clockwise. */
    ROTATE_90("rot90"),
    /** Rotated 180 degrees. */
    ROTATE_180("rot180"),
    /** Rotated 270 degrees counter-clockwise. */
    ROTATE_270("rot270"),
    /** Top and bottom swapped. */
    FLIP_X("flipx"),
    /** Left and right swapped (mirror). */
    FLIP_Y("flipy"),
    /** Transposed about the main diagonal. */
    FLIP_PLUS_1("flipplus1"),
    /** Transposed about the anti-diagonal. */
    FLIP_MINUS_1("flipminus1");

    private final String label;

    Dihedral(String label) {
        this.label = label;
    }

    /** The short name used in tool output and in the reference test data. */
    public String label() {
        return label;
    }

    /** The transform with the given {@link #label()}. */
    public static Dihedral ofLabel(String label) {
        for (Dihedral d : values()) {
            if (d.label.equals(label)) {
                return d;
            }
        }
        throw new IllegalArgumentException("Unknown dihedral transform: " + label);
    }
}

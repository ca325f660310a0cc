package eu.csar.detection.pdq;

import java.nio.file.Path;

/**
 * Hashes image files with PDQ: decode, luma, optional EXIF orientation and 512 squash, then
 * {@link PdqHasher}. This is what the EJB tier, the {@code csar-hash} tool and the benchmarks call.
 *
 * <p>Not thread safe (it reuses its hasher's buffers and its image readers); use one per thread,
 * and close it when done so the kept readers' native decoders are freed at once.
 */
public final class PdqFileHasher implements AutoCloseable {

    private final PdqHasher hasher = new PdqHasher();
    private final ReaderCache readers = new ReaderCache();
    private final HashOptions options;

    public PdqFileHasher(HashOptions options) {
        this.options = options;
    }

    /** A hasher with the default options (full resolution, EXIF orientation ignored). */
    public PdqFileHasher() {
        this(HashOptions.DEFAULT);
    }

    /** Disposes the kept image readers; the hasher stays usable (the next file gets new readers). */
    @Override
    public void close() {
        readers.close();
    }

    /** The PDQ hash and quality of an image file. */
    public PdqResult hash(Path file) throws ImageDecodeException {
        return hash(file, ImageDecoder.read(file));
    }

    /** The PDQ hash and quality of an image file whose bytes are already in memory. */
    public PdqResult hash(Path name, byte[] bytes) throws ImageDecodeException {
        return hash(ImageDecoder.decodeLuma(name, bytes, options, readers));
    }

    /** The eight dihedral hashes of an image file, indexed by {@link Dihedral#ordinal()}. */
    public PdqResult[] hashDihedral(Path file) throws ImageDecodeException {
        return hashDihedral(file, ImageDecoder.read(file));
    }

    /** The eight dihedral hashes of an image file whose bytes are already in memory. */
    public PdqResult[] hashDihedral(Path name, byte[] bytes) throws ImageDecodeException {
        return hashDihedral(ImageDecoder.decodeLuma(name, bytes, options, readers));
    }

    /**
     * The PDQ hash of luma that is already decoded (as {@link ImageDecoder#decodeLuma} returns it,
     * before the options' squash); its array is overwritten.
     */
    public PdqResult hash(LumaImage luma) {
        LumaImage prepared = prepare(luma);
        return hasher.hash(prepared.luma(), prepared.height(), prepared.width());
    }

    /** The eight dihedral hashes of luma that is already decoded; its array is overwritten. */
    public PdqResult[] hashDihedral(LumaImage luma) {
        LumaImage prepared = prepare(luma);
        return hasher.hashDihedral(prepared.luma(), prepared.height(), prepared.width());
    }

    /** This hasher's readers (for the tests of the fast decoding path). */
    ReaderCache readers() {
        return readers;
    }

    private LumaImage prepare(LumaImage luma) {
        return options.squash512() ? luma.squashTo512() : luma;
    }
}

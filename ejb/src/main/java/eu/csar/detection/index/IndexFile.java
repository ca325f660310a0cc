package eu.csar.detection.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The index file: a 16-byte little-endian header (magic {@code "CSARPDQI"}, version, entry
 * count), then the ids, then the hashes as four longs each: 40 bytes per entry. The bucket
 * tables are not stored; they are rebuilt on load.
 *
 * <p>The rules: a file is replaced atomically (written beside it, forced, then moved over it),
 * so a reader never sees half a file; and a file whose magic, version or length does not match
 * is refused with an {@link IOException} naming it, never loaded in part.
 */
final class IndexFile {

    private static final long MAGIC = 0x4353415250445149L; // "CSARPDQI"
    private static final int VERSION = 1;
    private static final int HEADER_BYTES = 16;
    private static final int IO_CHUNK = 1 << 20;

    private IndexFile() {
    }

    static void write(Path file, HashEntries entries) throws IOException {
        int n = entries.n();
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
            header.putLong(MAGIC).putInt(VERSION).putInt(n).flip();
            while (header.hasRemaining()) {
                ch.write(header);
            }
            writeLongs(ch, entries.ids(), n);
            writeLongs(ch, entries.words(), 4 * n);
            ch.force(false);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static HashEntries read(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
            readFully(ch, header);
            header.flip();
            if (header.getLong() != MAGIC) {
                throw new IOException(file + ": not a hash index file");
            }
            int version = header.getInt();
            if (version != VERSION) {
                throw new IOException(file + ": unsupported hash index version " + version);
            }
            int n = header.getInt();
            if (n < 0 || ch.size() != HEADER_BYTES + 40L * n) {
                throw new IOException(file + ": truncated or corrupt hash index (" + n + " entries, "
                        + ch.size() + " bytes)");
            }
            long[] ids = new long[n];
            long[] words = new long[4 * n];
            readLongs(ch, ids, n);
            readLongs(ch, words, 4 * n);
            return new HashEntries(ids, words, n);
        }
    }

    private static void writeLongs(FileChannel ch, long[] a, int len) throws IOException {
        ByteBuffer buf = ByteBuffer.allocateDirect(IO_CHUNK).order(ByteOrder.LITTLE_ENDIAN);
        for (int off = 0; off < len; ) {
            int k = Math.min(len - off, IO_CHUNK / 8);
            buf.clear();
            buf.asLongBuffer().put(a, off, k);
            buf.limit(k * 8);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            off += k;
        }
    }

    private static void readLongs(FileChannel ch, long[] a, int len) throws IOException {
        ByteBuffer buf = ByteBuffer.allocateDirect(IO_CHUNK).order(ByteOrder.LITTLE_ENDIAN);
        for (int off = 0; off < len; ) {
            int k = Math.min(len - off, IO_CHUNK / 8);
            buf.clear().limit(k * 8);
            readFully(ch, buf);
            buf.flip();
            buf.asLongBuffer().get(a, off, k);
            off += k;
        }
    }

    private static void readFully(FileChannel ch, ByteBuffer buf) throws IOException {
        while (buf.hasRemaining()) {
            if (ch.read(buf) < 0) {
                throw new IOException("unexpected end of index file");
            }
        }
    }
}

package eu.csar.indicators.application;

import eu.csar.detection.index.HashIndex;
import eu.csar.indicators.api.IndicatorKind;
import eu.csar.indicators.api.ProvenanceSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One start-up load of the match index, fed row by row by the two plain scans of {@link IndexScans}: the
 * active indicators ({@link #indicator}), then the live provenance links ({@link #link}), each
 * folded into its indicator's mask through {@link IndicatorSeqs}. PostgreSQL only scans (no join,
 * no aggregation over ten million groups), and nothing here keeps an object per row: PDQ hashes go
 * as four words into the arrays {@code HashIndex.build} takes over; ids and masks into the
 * {@link MatchIndex.SeqTable}. {@link #build} then drops what has no live link and builds each
 * set's indexes: the same content as the former single query's {@code mask <> 0} rows.
 */
final class IndexLoad {

    private final MatchIndex.SeqTable entries;
    private final IndicatorSeqs seqs;
    private final int expected;
    private final Map<UUID, Rows> bySet = new HashMap<>();
    private long lastSetHi;
    private long lastSetLo;
    private Rows lastRows;
    /** Matchable indicators (at least one live link), counted by {@link #build}. */
    private int matchable;

    /** A load of about {@code expected} indicators (an estimate: it sizes arrays, it limits nothing). */
    IndexLoad(MatchIndex.SeqTable entries, int expected) {
        this.entries = entries;
        this.expected = Math.max(1024, expected);
        this.seqs = new IndicatorSeqs(entries, this.expected);
    }

    /**
     * An active indicator (kind PDQ, MD5 or SHA256; others are ignored), not matchable until a link
     * says so; as objects, for tests: the scan uses the form below.
     */
    void indicator(long seq, UUID id, UUID set, String kind, String value) {
        byte[] ascii = value.getBytes(StandardCharsets.ISO_8859_1);
        IndicatorKind known = Arrays.stream(IndicatorKind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
        indicator(seq, id.getMostSignificantBits(), id.getLeastSignificantBits(), set.getMostSignificantBits(),
                set.getLeastSignificantBits(), known, ascii, 0, ascii.length);
    }

    /**
     * The same from the binary scan, without objects: the ids as their two halves, the value as
     * the ASCII bytes {@code value[at..at+length)} (read before the call returns, not kept).
     */
    void indicator(long seq, long idHi, long idLo, long setHi, long setLo, IndicatorKind kind, byte[] value, int at, int length) {
        if (kind == null) {
            return;
        }
        int i = MatchIndex.SeqTable.index(seq);
        switch (kind) {
            case PDQ -> rows(setHi, setLo).pdq(i, value, at, length);
            case MD5 -> rows(setHi, setLo).digest(rows(setHi, setLo).md5, i, value, at, length);
            case SHA256 -> rows(setHi, setLo).digest(rows(setHi, setLo).sha, i, value, at, length);
            default -> {
                return; // URLs are not matched here
            }
        }
        entries.put(seq, idHi, idLo, 0);
        seqs.add(i);
    }

    /** A live provenance link of {@code indicator}; links of indicators not loaded are ignored. */
    void link(long indicatorHi, long indicatorLo, ProvenanceSource source) {
        int seq = seqs.seq(indicatorHi, indicatorLo);
        if (seq != 0) {
            entries.orMask(seq, 1 << source.ordinal());
        }
    }

    /** Each set's indexes over its matchable indicators; sets in {@code codes} without any get empty ones. */
    Map<UUID, MatchIndex.SetIndex> build(Map<UUID, String> codes) {
        Map<UUID, MatchIndex.SetIndex> out = new HashMap<>();
        for (Map.Entry<UUID, String> set : codes.entrySet()) {
            Rows rows = bySet.remove(set.getKey());
            out.put(set.getKey(), rows == null ? MatchIndex.emptySet(set.getValue()) : rows.build(set.getValue()));
        }
        return out;
    }

    int matchable() {
        return matchable;
    }

    private Rows rows(long setHi, long setLo) {
        if (lastRows == null || setHi != lastSetHi || setLo != lastSetLo) {
            // the first set seen is sized for the whole load (usually there is one large set), later ones grow
            lastRows = bySet.computeIfAbsent(new UUID(setHi, setLo), k -> new Rows(bySet.isEmpty() ? expected : 1024));
            lastSetHi = setHi;
            lastSetLo = setLo;
        }
        return lastRows;
    }

    /** One set's rows. */
    private final class Rows {
        long[] ids;
        long[] words;
        int n;
        final List<long[]> md5 = new ArrayList<>();
        final List<long[]> sha = new ArrayList<>();

        Rows(int capacity) {
            ids = new long[capacity];
            words = new long[4 * capacity];
        }

        void pdq(int seq, byte[] hex, int at, int length) {
            if (n == ids.length) {
                int size = n + (n >> 1) + 16;
                ids = Arrays.copyOf(ids, size);
                words = Arrays.copyOf(words, 4 * size);
            }
            HexWords.decodePdq(hex, at, length, words, 4 * n);
            ids[n++] = seq;
        }

        void digest(List<long[]> into, int seq, byte[] hex, int at, int length) {
            if (length < 32) {
                throw new IllegalArgumentException("A digest is 32 or 64 hex digits, got " + length);
            }
            // the tables key on the first 128 bits
            into.add(new long[] {seq, HexWords.word(hex, at), HexWords.word(hex, at + 16)});
        }

        MatchIndex.SetIndex build(String code) {
            int kept = 0;
            for (int i = 0; i < n; i++) {
                if (entries.mask(ids[i]) != 0) {
                    ids[kept] = ids[i];
                    System.arraycopy(words, 4 * i, words, 4 * kept, 4);
                    kept++;
                }
            }
            matchable += kept;
            if (ids.length - kept > 1024 + kept / 64) {
                // HashIndex keeps the arrays it is given: no slack for the life of the node
                ids = Arrays.copyOf(ids, kept);
                words = Arrays.copyOf(words, 4 * kept);
            }
            HashIndex pdq = HashIndex.build(ids, words, kept);
            return new MatchIndex.SetIndex(code, pdq, table(md5), table(sha));
        }

        private DigestTable table(List<long[]> digests) {
            DigestTable table = new DigestTable(2, Math.max(2, digests.size()));
            for (long[] d : digests) {
                if (entries.mask(d[0]) != 0) {
                    table.put(new long[] {d[1], d[2]}, d[0]);
                    matchable++;
                }
            }
            return table;
        }
    }
}

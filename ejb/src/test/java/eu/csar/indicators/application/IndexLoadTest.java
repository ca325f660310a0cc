package eu.csar.indicators.application;

import eu.csar.detection.index.BruteForce;
import eu.csar.detection.index.Match;
import eu.csar.indicators.api.ProvenanceSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The start-up load's two scans, joined in memory, give what the former single query (indicators
 * joined with their aggregated live links, {@code mask <> 0}) gave: per set, the PDQ matches brute
 * force finds among the indicators with a live link, digests likewise, and each seq's id and
 * provenance classes. Clustered hashes (groups within a few bits) so that queries do match.
 */
class IndexLoadTest {

    static final ProvenanceSource[] SOURCES = ProvenanceSource.values();

    record Row(long seq, UUID id, UUID set, String kind, String value) {
    }

    @Test
    void sameMatchesAsBruteForceOverTheIndicatorsWithALiveLink() {
        SplittableRandom rnd = new SplittableRandom(19);
        UUID setA = new UUID(1, 1);
        UUID setB = new UUID(2, 2);
        UUID emptySet = new UUID(3, 3);
        Map<UUID, String> codes = new LinkedHashMap<>();
        codes.put(setA, "a");
        codes.put(setB, "b");
        codes.put(emptySet, "none");

        List<Row> rows = new ArrayList<>();
        long[] centre = new long[4];
        for (int seq = 1; seq <= 6_000; seq++) {
            UUID set = rnd.nextInt(4) == 0 ? setB : setA;
            int pick = rnd.nextInt(10);
            String kind = pick == 0 ? "MD5" : pick == 1 ? "SHA256" : pick == 2 ? "URL" : "PDQ";
            String value;
            if (kind.equals("PDQ")) {
                if (seq % 10 == 1) {
                    for (int w = 0; w < 4; w++) {
                        centre[w] = rnd.nextLong();
                    }
                }
                long[] w = centre.clone();
                for (int b = rnd.nextInt(25); b > 0; b--) {
                    int bit = rnd.nextInt(256);
                    w[bit >> 6] ^= 1L << (bit & 63);
                }
                value = String.format("%016x%016x%016x%016x", w[3], w[2], w[1], w[0]);
            } else if (kind.equals("URL")) {
                value = "https://example.invalid/" + seq;
            } else {
                value = String.format("%016x%016x", rnd.nextLong(), rnd.nextLong()) + (kind.equals("SHA256") ? "ab".repeat(16) : "");
            }
            rows.add(new Row(seq * 3L, new UUID(rnd.nextLong(), rnd.nextLong()), set, kind, value)); // seqs with gaps
        }
        // links: none (not matchable), one, or several, some of indicators never loaded
        Map<Long, Integer> expectedMask = new HashMap<>();
        List<Object[]> links = new ArrayList<>();
        for (Row row : rows) {
            int count = rnd.nextInt(5) == 0 ? 0 : 1 + rnd.nextInt(3);
            int mask = 0;
            for (int l = 0; l < count; l++) {
                ProvenanceSource source = SOURCES[rnd.nextInt(SOURCES.length)];
                links.add(new Object[] {row.id(), source.name()});
                mask |= 1 << source.ordinal();
            }
            if (!row.kind().equals("URL")) {
                expectedMask.put(row.seq(), mask);
            }
        }
        links.add(new Object[] {UUID.randomUUID(), "AUTHORITY_DECISION"});
        java.util.Collections.shuffle(links, new java.util.Random(5));

        MatchIndex.SeqTable entries = new MatchIndex.SeqTable();
        entries.reserve(10);
        IndexLoad load = new IndexLoad(entries, 100); // a low estimate: arrays grow
        for (Row row : rows) {
            load.indicator(row.seq(), row.id(), row.set(), row.kind(), row.value());
        }
        for (Object[] link : links) {
            UUID id = (UUID) link[0];
            load.link(id.getMostSignificantBits(), id.getLeastSignificantBits(), ProvenanceSource.valueOf((String) link[1]));
        }
        Map<UUID, MatchIndex.SetIndex> built = load.build(codes);

        assertEquals(codes.keySet(), built.keySet());
        assertEquals(0, built.get(emptySet).pdq.size());
        assertEquals(expectedMask.values().stream().filter(m -> m != 0).count(), load.matchable());
        for (Row row : rows) {
            int mask = expectedMask.getOrDefault(row.seq(), 0);
            assertEquals(mask, entries.mask(row.seq()), "mask of " + row.seq());
            if (mask == 0) {
                assertNull(entries.id(row.seq()));
            } else {
                assertEquals(row.id(), entries.id(row.seq()));
            }
        }
        for (UUID set : List.of(setA, setB)) {
            MatchIndex.SetIndex index = built.get(set);
            assertEquals("a", built.get(setA).code);
            List<Row> pdq = rows.stream().filter(r -> r.set().equals(set) && r.kind().equals("PDQ") && expectedMask.get(r.seq()) != 0).toList();
            long[] words = new long[4 * pdq.size()];
            long[] ids = new long[pdq.size()];
            for (int i = 0; i < pdq.size(); i++) {
                eu.csar.detection.pdq.PdqHash h = eu.csar.detection.pdq.PdqHash.fromHex(pdq.get(i).value());
                for (int w = 0; w < 4; w++) {
                    words[4 * i + w] = h.word(w);
                }
                ids[i] = pdq.get(i).seq();
            }
            assertEquals(pdq.size(), index.pdq.size());
            int hits = 0;
            for (Row row : rows.stream().filter(r -> r.kind().equals("PDQ")).toList()) {
                eu.csar.detection.pdq.PdqHash q = eu.csar.detection.pdq.PdqHash.fromHex(row.value());
                List<Match> expected = BruteForce.search(words, ids, pdq.size(), q.word(0), q.word(1), q.word(2), q.word(3), 31);
                List<Match> actual = index.pdq.query(q, 31);
                assertEquals(expected, actual, "query " + row.value());
                hits += actual.size();
            }
            org.junit.jupiter.api.Assertions.assertTrue(hits > pdq.size(), "clustered: queries find neighbours, not only themselves");
            for (Row row : rows.stream().filter(r -> r.set().equals(set)).toList()) {
                boolean matchable = expectedMask.getOrDefault(row.seq(), 0) != 0;
                if (row.kind().equals("MD5") || row.kind().equals("SHA256")) {
                    DigestTable table = row.kind().equals("MD5") ? index.md5 : index.sha256;
                    assertEquals(matchable ? row.seq() : 0, table.get(table.key(row.value())), row.kind() + " " + row.seq());
                }
            }
        }
    }
}

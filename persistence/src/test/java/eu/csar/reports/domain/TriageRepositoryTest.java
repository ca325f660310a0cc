package eu.csar.reports.domain;

import eu.csar.reports.api.EvidenceKind;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Triage's "seen before" lookup and its PDQ insert send PostgreSQL the same statement texts for every
 * report, whatever its hashes and however many, with the hashes only in the parameters: a text that
 * changed with each report would be parsed and planned for each one (docs/reports.md, "Triage keeping pace").
 */
class TriageRepositoryTest {

    static final Instant FINISHED = Instant.parse("2026-12-04T10:00:00Z");

    /** One statement as the repository sent it: its text and its parameters by position. */
    record Sent(String sql, Map<Integer, Object> parameters) {
    }

    @Test
    void twoReportsWithDifferentHashesSendTheSameTextsWithTheHashesAsParameters() {
        long[] a = {0x0123456789abcdefL, -42L, 7L, 1_000_000_007L};
        long[] b = {-0x7edcba9876543210L, 99L, 123_456_789_012L, -5L};
        long[] c = {31L, 32L, 33L, 34L};
        List<Sent> one = seenBefore(List.of(TriageRepository.Probe.pdq(a, keys(1_000))));
        List<Sent> other = seenBefore(List.of(TriageRepository.Probe.digest(EvidenceKind.MD5, "0f0e0d0c0b0a09080706050403020100"),
                TriageRepository.Probe.pdq(b, keys(2_000)), TriageRepository.Probe.pdq(c, keys(3_000)),
                TriageRepository.Probe.digest(EvidenceKind.SHA256, "ab".repeat(32))));

        assertEquals(List.of(TriageRepository.GENERIC_PLAN, TriageRepository.SEEN_BEFORE), one.stream().map(Sent::sql).toList());
        assertEquals(one.stream().map(Sent::sql).toList(), other.stream().map(Sent::sql).toList(),
                "one PDQ hash, or two and two digests: the same statements");
        for (String value : List.of(Long.toString(a[0]), Long.toString(b[0]), Long.toString(c[3]), "1272", "2271", "0f0e0d0c")) {
            assertFalse(other.get(1).sql().contains(value) || one.get(1).sql().contains(value), value + " is written into the text");
        }

        Map<Integer, Object> p = one.get(1).parameters();
        assertEquals(14, p.size());
        assertEquals(Timestamp.from(FINISHED), p.get(2));
        assertEquals(31, p.get(3));
        assertEquals(20, p.get(4));
        assertEquals(List.of("{}", "{}", "{}", "{0}", "{" + a[0] + "}", "{-42}", "{7}", "{1000000007}"), values(p, 5, 12));
        assertEquals(272, p.get(14));
        p = other.get(1).parameters();
        assertEquals(List.of("{0,3}", "{\"MD5\",\"SHA256\"}", "{\"0f0e0d0c0b0a09080706050403020100\",\"" + "ab".repeat(32) + "\"}",
                "{1,2}", "{" + b[0] + ",31}", "{99,32}", "{123456789012,33}", "{-5,34}"), values(p, 5, 12));
        String keys = (String) p.get(13);
        assertEquals(544, keys.split(",").length, "both hashes' keys, end to end");
        assertEquals(true, keys.startsWith("{2000,2001,") && keys.contains(",2271,3000,") && keys.endsWith(",3271}"), keys);
    }

    @Test
    void thePdqInsertHasOneTextWithTheBandsAsAParameter() {
        Recorder recorder = new Recorder();
        TriageRepository repository = recorder.repository();
        repository.addPdq(UUID.randomUUID(), 1, TriageHit.Source.PROVIDED, new long[] {1, 2, 3, 4}, IntStream.range(0, 16).toArray(), FINISHED);
        repository.addPdq(UUID.randomUUID(), 2, TriageHit.Source.COMPUTED, new long[] {5, 6, 7, 8},
                IntStream.range(0, 16).map(i -> i * 65_536 + 4_321).toArray(), FINISHED);
        assertEquals(List.of(TriageRepository.ADD_PDQ, TriageRepository.ADD_PDQ), recorder.sent.stream().map(Sent::sql).toList());
        assertEquals("{0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15}", recorder.sent.get(0).parameters().get(8));
        assertEquals(true, ((String) recorder.sent.get(1).parameters().get(8)).startsWith("{4321,69857,"));
    }

    @Test
    void digestsAreQuotedInTheirArraySoNoValueSplitsOrEndsIt() {
        assertEquals("{\"a,b\",\"c\\\"}\",\"d\\\\\"}", TriageRepository.textArray(List.of("a,b", "c\"}", "d\\")));
        assertEquals("{}", TriageRepository.textArray(List.of()));
    }

    @Test
    void pdqProbesWithDifferentNumbersOfKeysAreRefused() {
        List<TriageRepository.Probe> probes = List.of(TriageRepository.Probe.pdq(new long[4], keys(0)),
                TriageRepository.Probe.pdq(new long[4], new int[16]));
        assertThrows(IllegalArgumentException.class, () -> TriageRepository.seenBeforeParameters(UUID.randomUUID(), FINISHED, probes, 31, 20));
    }

    @Test
    void nothingToLookForSendsNothing() {
        Recorder recorder = new Recorder();
        assertEquals(new TriageRepository.Seen(Map.of(), List.of()),
                recorder.repository().seenBefore(UUID.randomUUID(), FINISHED, List.of(), 31, 20));
        recorder.repository().lock(new int[0], new int[0]);
        assertEquals(List.of(), recorder.repository().addToLater(UUID.randomUUID(), List.of(), 20));
        assertEquals(List.of(), recorder.sent, "no hash, no lock; no later report, no update");
    }

    @Test
    void theLocksAreOneStatementWhateverTheKeys() {
        Recorder recorder = new Recorder();
        recorder.repository().lock(new int[] {3, 7}, new int[] {-1, 4, 5});
        recorder.repository().lock(new int[] {9}, new int[0]);
        assertEquals(List.of(TriageRepository.LOCK_KEYS, TriageRepository.LOCK_KEYS), recorder.sent.stream().map(Sent::sql).toList());
        assertEquals(Map.of(1, "{3,7}", 2, "{-1,4,5}"), recorder.sent.get(0).parameters());
        assertEquals(Map.of(1, "{9}", 2, "{}"), recorder.sent.get(1).parameters());
    }

    static List<Sent> seenBefore(List<TriageRepository.Probe> probes) {
        Recorder recorder = new Recorder();
        recorder.repository().seenBefore(UUID.randomUUID(), FINISHED, probes, 31, 20);
        return recorder.sent;
    }

    /** 272 made-up band keys from {@code first} on: the text must not depend on them. */
    static int[] keys(int first) {
        return IntStream.range(first, first + 272).toArray();
    }

    static List<Object> values(Map<Integer, Object> parameters, int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(parameters::get).toList();
    }

    /** An EntityManager that keeps the native statements it is given and their parameters, and finds nothing. */
    static final class Recorder {
        final List<Sent> sent = new ArrayList<>();

        TriageRepository repository() {
            EntityManager em = (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {EntityManager.class},
                    (proxy, method, args) -> {
                        if (!method.getName().equals("createNativeQuery") || args.length != 1) {
                            throw new UnsupportedOperationException(method.getName());
                        }
                        Sent statement = new Sent((String) args[0], new TreeMap<>());
                        sent.add(statement);
                        return query(statement);
                    });
            TriageRepository repository = new TriageRepository();
            try {
                var field = TriageRepository.class.getDeclaredField("em");
                field.setAccessible(true);
                field.set(repository, em);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
            return repository;
        }

        static Query query(Sent statement) {
            return (Query) Proxy.newProxyInstance(Recorder.class.getClassLoader(), new Class<?>[] {Query.class}, (proxy, method, args) -> {
                switch (method.getName()) {
                    case "setParameter" -> {
                        statement.parameters().put((Integer) args[0], args[1]);
                        return proxy;
                    }
                    case "getResultList" -> {
                        return List.of();
                    }
                    case "executeUpdate" -> {
                        return 0;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                }
            });
        }
    }
}

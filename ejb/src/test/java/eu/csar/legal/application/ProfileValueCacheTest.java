package eu.csar.legal.application;

import eu.csar.legal.api.ProfileValue;
import eu.csar.legal.domain.LegalProfileVersion;
import eu.csar.legal.domain.ProfileDocument;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A version's values are loaded once per stored row and read by key; another row is loaded on its own. */
class ProfileValueCacheTest {

    static LegalProfileVersion version(String period, String... types) {
        String items = String.join(",", List.of(types).stream().map(t -> "\"" + t + "\"").toList());
        return LegalProfileVersion.importedFrom(ProfileDocument.parse("{\"profile\":\"TEST-1\",\"title\":\"A test profile\","
                + "\"legalBasis\":\"Invented for a test\",\"values\":["
                + "{\"key\":\"removal-order.execution-period\",\"kind\":\"DURATION\",\"value\":\"" + period
                + "\",\"article\":\"Art 14(3)\",\"review\":\"CONFIRMED\"},"
                + "{\"key\":\"report.abuse-types\",\"kind\":\"LIST\",\"items\":[" + items + "],\"article\":\"Art 13\",\"review\":\"CONFIRMED\"}]}"),
                null, "admin", Instant.EPOCH);
    }

    static Supplier<LegalProfileVersion> counting(LegalProfileVersion version, AtomicInteger loads) {
        return () -> {
            loads.incrementAndGet();
            return version;
        };
    }

    @Test
    void aRowIsLoadedOnceAndItsValuesReadByKey() {
        ProfileValueCache cache = new ProfileValueCache();
        AtomicInteger loads = new AtomicInteger();
        UUID row = UUID.randomUUID();
        Supplier<LegalProfileVersion> load = counting(version("PT24H", "KNOWN", "NEW"), loads);
        assertEquals("PT24H", cache.value(row, "removal-order.execution-period", load).orElseThrow().text());
        assertEquals(List.of("KNOWN", "NEW"), cache.value(row, "report.abuse-types", load).map(ProfileValue::items).orElseThrow());
        assertEquals(Optional.empty(), cache.value(row, "no.such-key", load));
        assertEquals(1, loads.get());
        assertEquals(1, cache.size());
    }

    @Test
    void anotherRowIsLoadedOnItsOwnAndKeepsItsOwnValues() {
        ProfileValueCache cache = new ProfileValueCache();
        AtomicInteger loads = new AtomicInteger();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        cache.value(first, "removal-order.execution-period", counting(version("PT24H", "KNOWN"), loads));
        assertEquals("PT1H", cache.value(second, "removal-order.execution-period", counting(version("PT1H", "KNOWN"), loads))
                .orElseThrow().text());
        assertEquals("PT24H", cache.value(first, "removal-order.execution-period", counting(version("PT1H", "KNOWN"), loads))
                .orElseThrow().text());
        assertEquals(2, loads.get());
        assertEquals(2, cache.size());
    }
}

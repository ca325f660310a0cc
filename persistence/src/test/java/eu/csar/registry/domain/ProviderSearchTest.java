package eu.csar.registry.domain;

import eu.csar.shared.domain.MemberState;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A page of the provider list: its window, its default order, and narrowing it to a jurisdiction. */
class ProviderSearchTest {

    static ProviderSearch window(int first, int pageSize) {
        return new ProviderSearch(null, null, null, null, null, true, first, pageSize);
    }

    @Test
    void theWindowMayStartAtTheFirstProviderAndHoldOneToFiveHundred() {
        assertDoesNotThrow(() -> window(0, 1));
        assertDoesNotThrow(() -> window(0, 500));
        assertDoesNotThrow(() -> window(1000, 25));
    }

    @Test
    void aNegativeStartIsRefusedNamingTheWindow() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> window(-1, 25));
        assertEquals("page window out of range: first=-1 size=25", refused.getMessage());
    }

    @Test
    void anEmptyOrNegativePageIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> window(0, 0));
        assertThrows(IllegalArgumentException.class, () -> window(0, -5));
    }

    @Test
    void aPageOfMoreThanFiveHundredIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> window(0, 501));
        assertEquals("page window out of range: first=0 size=501", refused.getMessage());
    }

    @Test
    void withoutASortKeyTheListIsSortedByLegalName() {
        assertEquals(ProviderSearch.SortKey.LEGAL_NAME, window(0, 25).sortKey());
        ProviderSearch byUpdate = new ProviderSearch(null, null, null, null, ProviderSearch.SortKey.UPDATED_AT, false, 0, 25);
        assertEquals(ProviderSearch.SortKey.UPDATED_AT, byUpdate.sortKey());
    }

    @Test
    void narrowingToAJurisdictionKeepsEveryOtherChoice() {
        ProviderSearch everyone = new ProviderSearch("host", ProviderStatus.SUSPENDED, ServiceType.HOSTING, null,
                ProviderSearch.SortKey.JURISDICTION, false, 50, 25);
        ProviderSearch narrowed = everyone.withJurisdiction(Set.of(MemberState.NL, MemberState.BE));
        assertEquals(new ProviderSearch("host", ProviderStatus.SUSPENDED, ServiceType.HOSTING,
                Set.of(MemberState.NL, MemberState.BE), ProviderSearch.SortKey.JURISDICTION, false, 50, 25), narrowed);
        assertNull(everyone.jurisdiction(), "the original search still covers every provider");
    }
}

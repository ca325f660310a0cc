package eu.csar.reports.domain;

import eu.csar.reports.api.PublicMaterialState;
import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search of the watched public URLs: the fragment as typed, trimmed, bounded, its wildcards literal. */
class PublicMaterialSearchTest {

    private static final UUID REPORT = UUID.fromString("0b5e1c2d-3a4f-4b6c-8d7e-9f0a1b2c3d4e");

    @Test
    void noFilterListsEverything() {
        PublicMaterialSearch all = PublicMaterialSearch.of(null, "  ", null);
        assertEquals("", all.where());
        assertEquals(Map.of(), all.parameters());
    }

    @Test
    void everyFilterCombines() {
        PublicMaterialSearch search = PublicMaterialSearch.of(PublicMaterialState.CHECKING, " Example.ORG/a ", REPORT);
        assertEquals(" where m.state = :state and lower(m.url) like lower(:url) escape '!' and m.reportId = :report", search.where());
        assertEquals(Map.of("state", PublicMaterialState.CHECKING, "url", "%Example.ORG/a%", "report", REPORT), search.parameters());
    }

    @Test
    void oneFilterAlone() {
        assertEquals(" where m.reportId = :report", PublicMaterialSearch.of(null, null, REPORT).where());
        assertEquals(" where m.state = :state", PublicMaterialSearch.of(PublicMaterialState.REMOVED, null, null).where());
        assertEquals(" where lower(m.url) like lower(:url) escape '!'", PublicMaterialSearch.of(null, "x", null).where());
    }

    @Test
    void wildcardsAndTheEscapeCharacterAreMatchedAsTyped() {
        assertEquals("%100!%!_off!!now%", PublicMaterialSearch.likePattern("100%_off!now"));
        assertEquals("%plain%", PublicMaterialSearch.likePattern("plain"));
    }

    @Test
    void theFragmentIsTrimmedAndAtMostAsLongAsAWatchedUrl() {
        assertNull(PublicMaterialSearch.of(null, null, null).url());
        String longest = "a".repeat(PublicMaterialSearch.MAX_URL_FRAGMENT);
        assertEquals(longest, PublicMaterialSearch.of(null, " " + longest + " ", null).url());
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> PublicMaterialSearch.of(null, longest + "b", null));
        assertEquals("url", refused.field());
        assertTrue(refused.getMessage().contains("at most 2000 characters"), refused.getMessage());
    }
}

package eu.csar.web.technologies.portal;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The register pages put a refusal at the field it names, and read an entry's id from the address. */
class TechnologyPagesTest {

    @Test
    void aRefusalIsShownAtTheFieldItNames() {
        assertEquals("create:falsePositiveRate", TechnologyListPage.fieldFor("create.arg0.falsePositiveRate"));
        assertEquals("create:reference", TechnologyListPage.fieldFor("reference"));
        assertEquals("create:predecessor", TechnologyListPage.fieldFor("predecessorReference"));
        assertNull(TechnologyListPage.fieldFor("profile"));
        assertNull(TechnologyListPage.fieldFor(null));
        assertEquals("opinion:date", TechnologyDetailPage.fieldFor("opinionDate"));
        assertEquals("opinion:favourable", TechnologyDetailPage.fieldFor("favourable"));
        assertEquals("opinion:reference", TechnologyDetailPage.fieldFor("opinionReference"));
        assertEquals("moves:reason", TechnologyDetailPage.fieldFor("reason"));
        assertEquals("draft:description", TechnologyDetailPage.draftFieldFor("editDraft.arg1"));
        assertEquals("draft:errorRateMethod", TechnologyDetailPage.draftFieldFor("editDraft.arg4"));
        assertEquals("draft:falsePositiveRate", TechnologyDetailPage.draftFieldFor("falsePositiveRate"));
        assertEquals("draft:falseNegativeRate", TechnologyDetailPage.fieldFor("falseNegativeRate"));
        assertNull(TechnologyDetailPage.fieldFor("state"));
    }

    @Test
    void theEntrysIdIsReadFromTheAddress() {
        UUID id = UUID.randomUUID();
        assertEquals(id, TechnologyDetailPage.parse(" " + id + " ").value());
        assertNull(TechnologyDetailPage.parse("not-an-id"));
        assertNull(TechnologyDetailPage.parse(""));
        assertNull(TechnologyDetailPage.parse(null));
    }
}

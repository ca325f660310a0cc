package eu.csar.legal.api;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProfileComparisonTest {

    static ProfileValue value(String key, String text, ReviewStatus review) {
        return new ProfileValue(key, ValueKind.DURATION, text, List.of(), "Art 1", review, null);
    }

    static ProfileView view(String id, ProfileValue... values) {
        return new ProfileView(new ProfileRef(id, 1), id, "basis", Instant.EPOCH, "system", List.of(), List.of(values));
    }

    @Test
    void everyKeyOfEitherSideIsOneRowSortedAndDifferencesAreFlagged() {
        ProfileComparison c = ProfileComparison.of(
                view("A", value("b.same", "P1D", ReviewStatus.PENDING_LEGAL_REVIEW), value("a.changed", "P1D", ReviewStatus.CONFIRMED),
                        value("c.left", "P2D", ReviewStatus.CONFIRMED)),
                view("B", value("a.changed", "P2D", ReviewStatus.CONFIRMED), value("b.same", "P1D", ReviewStatus.CONFIRMED),
                        value("d.right", "P3D", ReviewStatus.CONFIRMED)));
        assertEquals(List.of("a.changed", "b.same", "c.left", "d.right"), c.rows().stream().map(ProfileComparison.Row::key).toList());
        assertEquals(List.of(true, false, true, true), c.rows().stream().map(ProfileComparison.Row::differs).toList());
        assertTrue(c.rows().get(2).onlyLeft() && !c.rows().get(2).onlyRight());
        assertTrue(c.rows().get(3).onlyRight());
        assertFalse(c.rows().get(1).differs(), "a review status alone is no difference in the value");
        assertEquals(3, c.differences());
    }

    @Test
    void aListIsComparedByItsItemsAndShownJoined() {
        ProfileValue a = new ProfileValue("o.t", ValueKind.LIST, null, List.of("A", "B"), "Art 1", ReviewStatus.CONFIRMED, null);
        ProfileValue b = new ProfileValue("o.t", ValueKind.LIST, null, List.of("A", "C"), "Art 1", ReviewStatus.CONFIRMED, "X");
        assertEquals("A, B", a.text());
        assertFalse(a.sameValueAs(b));
        assertTrue(a.sameValueAs(new ProfileValue("o.t", ValueKind.LIST, "ignored", List.of("A", "B"), "Art 9", ReviewStatus.PENDING_LEGAL_REVIEW, null)));
        assertTrue(b.inherited() && !a.inherited());
    }

    @Test
    void aReferenceNamesAnExistingVersionNumber() {
        assertThrows(IllegalArgumentException.class, () -> new ProfileRef("A", 0));
        assertEquals("COM-2022-209 v2", new ProfileRef("COM-2022-209", 2).toString());
    }
}

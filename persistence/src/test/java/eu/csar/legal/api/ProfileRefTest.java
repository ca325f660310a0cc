package eu.csar.legal.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ProfileRefTest {

    @Test
    void namesAProfileVersion() {
        assertEquals("COM-2022-209 v1", new ProfileRef("COM-2022-209", 1).toString());
        assertThrows(IllegalArgumentException.class, () -> new ProfileRef(" ", 1));
        assertThrows(IllegalArgumentException.class, () -> new ProfileRef("COM-2022-209", 0));
        assertThrows(NullPointerException.class, () -> new ProfileRef(null, 1));
    }

    @Test
    void aSubjectAndAPlanRefuseWhatCannotBeStored() {
        assertThrows(IllegalArgumentException.class, () -> new DeadlineSubject("", "1"));
        assertThrows(IllegalArgumentException.class, () -> new DeadlineSubject("Case", " "));
        assertThrows(IllegalArgumentException.class, () -> new DeadlineSubject("x".repeat(101), "1"));
        assertThrows(IllegalArgumentException.class, () -> new DeadlineSubject("Case", "x".repeat(101)));
        assertEquals("Case 7", new DeadlineSubject("Case", "7").toString());
        assertEquals(100, new DeadlineSubject("x".repeat(100), "y".repeat(100)).type().length());
        DeadlineSubject subject = new DeadlineSubject("Case", "7");
        ProfileRef profile = new ProfileRef("COM-2022-209", 1);
        assertThrows(IllegalArgumentException.class, () -> DeadlinePlan.of(" ", subject, profile, LegalPeriod.hours(1)));
        assertThrows(IllegalArgumentException.class, () -> DeadlinePlan.of("k".repeat(101), subject, profile, LegalPeriod.hours(1)));
        assertThrows(IllegalArgumentException.class,
                () -> new DeadlinePlan("k", subject, profile, LegalPeriod.hours(1), null, null, LegalPeriod.hours(1), null));
        assertThrows(IllegalArgumentException.class,
                () -> new DeadlinePlan("k", subject, profile, LegalPeriod.hours(1), null, null, null, "centre"));
        assertEquals(100, DeadlinePlan.of("k".repeat(100), new DeadlineSubject("Case", "7"), profile, LegalPeriod.hours(1)).kind().length());
        assertEquals("centre", new DeadlinePlan("k", subject, profile, LegalPeriod.hours(1), null, null, LegalPeriod.hours(1), "centre")
                .escalateTo());
        DeadlineId id = DeadlineId.random();
        assertEquals(id, DeadlineId.of(id.toString()));
    }
}

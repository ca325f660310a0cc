package eu.csar.audit.application;

import eu.csar.audit.api.AccountlessActor;
import eu.csar.shared.domain.MemberState;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AccountlessActingTest {

    static final AccountlessActor SURVIVOR = new AccountlessActor("victim", "VC-NL-7KQ2M9XD", MemberState.NL);
    static final AccountlessActor OTHER = new AccountlessActor("victim", "unverified", null);

    @Test
    void theActorHoldsDuringTheStepOnly() {
        AccountlessActing acting = new AccountlessActing();
        assertEquals(Optional.empty(), acting.current());
        assertEquals("victim:VC-NL-7KQ2M9XD", acting.as(SURVIVOR, () -> acting.current().orElseThrow().name()));
        assertEquals(Optional.empty(), acting.current(), "nothing outlives the step");
        String[] seen = new String[1];
        acting.as(SURVIVOR, () -> {
            seen[0] = acting.current().orElseThrow().name();
        });
        assertEquals("victim:VC-NL-7KQ2M9XD", seen[0]);
        assertEquals(Optional.empty(), acting.current());
    }

    @Test
    void aNestedStepRestoresTheOuterActorAndAFailedStepRestoresToo() {
        AccountlessActing acting = new AccountlessActing();
        acting.as(SURVIVOR, () -> {
            assertEquals(Optional.of(OTHER), acting.as(OTHER, () -> acting.current()));
            assertEquals(Optional.of(SURVIVOR), acting.current());
        });
        assertThrows(IllegalStateException.class, () -> acting.as(SURVIVOR, () -> {
            throw new IllegalStateException("refused");
        }));
        assertEquals(Optional.empty(), acting.current());
    }
}

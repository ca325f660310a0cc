package eu.csar.reports.application;

import eu.csar.reports.api.ReportId;
import eu.csar.reports.domain.DeliveryRepository;
import eu.csar.reports.domain.ReportDelivery;
import eu.csar.security.api.CallerSnapshot;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules of the pull API (issue 11 §4): which recipients pull, whose deliveries a caller fetches
 * and acknowledges, and the cursor that pages them (only one this API handed out is read).
 */
class DeliveryPullRulesTest {

    @Test
    void aRecipientPullsOnlyWhenItsEndpointSaysPull() {
        ForwardingSettings settings = new ForwardingSettings();
        String own = ForwardingSettings.ENDPOINT + ".LU";
        try {
            assertFalse(settings.pulls("LU"), "the demo receiver by default");
            System.setProperty(own, " Pull ");
            assertTrue(settings.pulls("LU"));
            assertTrue(settings.pulls("lu"), "recipient codes are upper case in the property");
            assertFalse(settings.pulls("BE"), "only the recipient configured so");
            System.setProperty(own, "https://police.example.lu/csar/deliveries");
            assertFalse(settings.pulls("LU"));
            assertEquals("https://police.example.lu/csar/deliveries", settings.endpoint("LU").toString());
        } finally {
            System.clearProperty(own);
        }
    }

    @Test
    void aWaitingDeliveryRaisesTheAlarmAfterADayOrAnHourForAnUrgentReport() {
        ForwardingSettings settings = new ForwardingSettings();
        try {
            assertEquals(Duration.ofHours(24), settings.waitingAlarmAfter(false));
            assertEquals(Duration.ofHours(1), settings.waitingAlarmAfter(true));
            System.setProperty(ForwardingSettings.WAITING_ALARM, "PT6H");
            System.setProperty(ForwardingSettings.WAITING_ALARM_URGENT, "PT15M");
            assertEquals(Duration.ofHours(6), settings.waitingAlarmAfter(false));
            assertEquals(Duration.ofMinutes(15), settings.waitingAlarmAfter(true));
            System.setProperty(ForwardingSettings.WAITING_ALARM_URGENT, "an hour");
            assertEquals(Duration.ofHours(1), settings.waitingAlarmAfter(true), "unreadable: the default");
        } finally {
            System.clearProperty(ForwardingSettings.WAITING_ALARM);
            System.clearProperty(ForwardingSettings.WAITING_ALARM_URGENT);
        }
    }

    @Test
    void lawEnforcementStandsForItsMemberStatesAndEuropolForEuropol() {
        assertEquals(Set.of("FR", "BE"), ReportForwarding.recipientsOf(caller(Set.of(Roles.LAW_ENFORCEMENT),
                Set.of(MemberState.FR, MemberState.BE))));
        assertEquals(Set.of("EUROPOL"), ReportForwarding.recipientsOf(caller(Set.of(Roles.EUROPOL), Set.of())));
        assertEquals(Set.of(), ReportForwarding.recipientsOf(caller(Set.of(Roles.LAW_ENFORCEMENT), Set.of())),
                "police without a Member State receive nothing");
    }

    @Test
    void theCursorNamesWhereThePageEnded() {
        ReportDelivery last = new ReportDelivery(ReportId.random(), "FR", true, Instant.parse("2026-12-03T10:15:30.123456Z"));
        DeliveryRepository.Position at = DeliveryPickup.decode(DeliveryPickup.encode(last));
        assertEquals(DeliveryRepository.Position.of(last), at);
        assertTrue(DeliveryPickup.encode(last).matches("[A-Za-z0-9_-]+"), "safe in a query string as it is");
    }

    @Test
    void aCursorThisApiDidNotHandOutIsInvalid() {
        for (String bad : new String[] {"x", "not base64 !", b64("1|true|2026-12-03T10:00:00Z"), b64("2|true|2026-12-03T10:00:00Z|"
                + "0b7e2f4c-1d3a-4e5b-8c6d-7e8f9a0b1c2d"), b64("1|yes|2026-12-03T10:00:00Z|0b7e2f4c-1d3a-4e5b-8c6d-7e8f9a0b1c2d"),
                b64("1|true|yesterday|0b7e2f4c-1d3a-4e5b-8c6d-7e8f9a0b1c2d"), b64("1|false|2026-12-03T10:00:00Z|not-a-uuid")}) {
            RuleViolationException e = assertThrows(RuleViolationException.class, () -> DeliveryPickup.decode(bad), bad);
            assertEquals("cursor", e.field());
            assertEquals(RuleViolationException.Code.INVALID, e.code());
        }
    }

    private static String b64(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    private static CallerSnapshot caller(Set<String> roles, Set<MemberState> states) {
        return new CallerSnapshot("someone", true, roles, states, Optional.empty());
    }
}

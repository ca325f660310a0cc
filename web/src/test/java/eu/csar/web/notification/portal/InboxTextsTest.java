package eu.csar.web.notification.portal;

import eu.csar.notification.api.InboxAddress;
import eu.csar.notification.api.NotificationId;
import eu.csar.notification.application.InboxItem;
import eu.csar.notification.domain.NotificationKind;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A notification's text is built from its codes in the reader's language, not stored as English. */
class InboxTextsTest {

    static final Locale DUTCH = Locale.forLanguageTag("nl");
    final InboxTexts texts = new InboxTexts();

    static InboxItem item(NotificationKind kind, List<String> changes, Set<MemberState> before, Set<MemberState> after) {
        return new InboxItem(NotificationId.random(), InboxAddress.of(MemberState.IE), kind, "Provider", UUID.randomUUID(),
                "Gamma Ltd", changes, before, after, null, Instant.parse("2026-12-01T10:00:00Z"), null, null, false);
    }

    @Test
    void theAuthorityThatLostTheProviderReadsWhatChangedAndWhoIsCompetentNowInEnglishAndDutch() {
        InboxItem left = item(NotificationKind.PROVIDER_LEFT_JURISDICTION, List.of("LEGAL_REPRESENTATIVE"),
                Set.of(MemberState.IE), Set.of(MemberState.FR));
        assertEquals("Left your jurisdiction. Changed: legal representative. Competent now: FR (before: IE).",
                texts.summaryIn(left, Locale.ENGLISH));
        assertEquals("Valt niet meer onder uw bevoegdheid. Gewijzigd: wettelijk vertegenwoordiger. Nu bevoegd: FR (eerder: IE).",
                texts.summaryIn(left, DUTCH));
    }

    @Test
    void theAuthorityThatGainedTheProviderIsToldItEntered() {
        InboxItem entered = item(NotificationKind.PROVIDER_ENTERED_JURISDICTION, List.of("LEGAL_REPRESENTATIVE"),
                Set.of(MemberState.IE), Set.of(MemberState.FR));
        assertEquals("Gamma Ltd: Entered your jurisdiction. Changed: legal representative. Competent now: FR (before: IE).",
                texts.summaryWithSubjectIn(entered, Locale.ENGLISH));
    }

    @Test
    void aChangeWithinTheJurisdictionListsEveryChangedPart() {
        InboxItem changed = item(NotificationKind.PROVIDER_CHANGED, List.of("CONTACT_POINT", "MAIN_ESTABLISHMENT"),
                Set.of(MemberState.NL), Set.of(MemberState.NL));
        assertEquals("Changed: point of contact, main establishment.", texts.summaryIn(changed, Locale.ENGLISH));
        assertEquals("Gamma Ltd: Gewijzigd: contactpunt, hoofdvestiging.", texts.summaryWithSubjectIn(changed, DUTCH));
    }

    @Test
    void everyMemberStateIsNamedAsSuchAndAnUnknownCodeIsShownAsItIs() {
        InboxItem left = item(NotificationKind.PROVIDER_LEFT_JURISDICTION, List.of("TRADING_NAME"),
                EnumSet.allOf(MemberState.class), Set.of(MemberState.DE));
        assertEquals("Left your jurisdiction. Changed: TRADING_NAME. Competent now: DE (before: every Member State).",
                texts.summaryIn(left, Locale.ENGLISH));
        assertEquals("Valt niet meer onder uw bevoegdheid. Gewijzigd: TRADING_NAME. Nu bevoegd: DE (eerder: alle lidstaten).",
                texts.summaryIn(left, DUTCH));
    }

    static InboxItem notice(InboxAddress to, NotificationKind kind, String type, List<String> codes, Instant due) {
        return new InboxItem(NotificationId.random(), to, kind, type, UUID.fromString("0b6c2a51-7d44-4f0e-8a3b-5c6d7e8f9a10"),
                "NL-2026-0042", codes, Set.of(), Set.of(), due, Instant.parse("2026-12-01T10:00:00Z"), null, null, true);
    }

    @Test
    void theEuCentreIsRemindedOfItsOpinionWithTheDueTimeInUtc() {
        InboxItem reminder = notice(InboxAddress.EU_CENTRE, NotificationKind.DEADLINE_REMINDER, "DetectionOrder",
                List.of("detection-order.centre-opinion"), Instant.parse("2026-12-29T09:00:00Z"));
        assertEquals("Reminder: the EU Centre's opinion on the draft request falls due on 2026-12-29 09:00 UTC.",
                texts.summaryIn(reminder, Locale.ENGLISH));
        assertEquals("NL-2026-0042: Herinnering: het advies van het EU-centrum over het ontwerpverzoek moet uiterlijk "
                + "2026-12-29 09:00 UTC gegeven zijn.", texts.summaryWithSubjectIn(reminder, DUTCH));
        assertEquals("/portal/detection-orders/0b6c2a51-7d44-4f0e-8a3b-5c6d7e8f9a10", InboxLinks.path(reminder));
    }

    @Test
    void theAuthorityOfEstablishmentLearnsWhoPassedAComplaintOn() {
        InboxItem passedOn = notice(InboxAddress.of(MemberState.NL), NotificationKind.COMPLAINT_PASSED_ON, "Complaint",
                List.of("DE"), null);
        assertEquals("A complaint about your order, passed on by the Coordinating Authority of DE (Art 34).",
                texts.summaryIn(passedOn, Locale.ENGLISH));
        assertEquals("Een klacht over uw bevel, doorgestuurd door de coördinerende autoriteit van DE (art. 34).",
                texts.summaryIn(passedOn, DUTCH));
        assertEquals("/portal/complaints/0b6c2a51-7d44-4f0e-8a3b-5c6d7e8f9a10", InboxLinks.path(passedOn));
    }

    @Test
    void anEscalatedRemovalOrderSaysByWhenItWasToBeAcknowledged() {
        InboxItem escalated = notice(InboxAddress.of(MemberState.NL), NotificationKind.REMOVAL_ORDER_ESCALATED, "RemovalOrder",
                List.of(), Instant.parse("2026-12-02T10:00:00Z"));
        assertEquals("Not acknowledged by the provider by 2026-12-02 10:00 UTC: escalated to the issuing authority and to you.",
                texts.summaryIn(escalated, Locale.ENGLISH));
        assertEquals("/portal/removal-orders/0b6c2a51-7d44-4f0e-8a3b-5c6d7e8f9a10", InboxLinks.path(escalated));
    }

    @Test
    void aProviderOpensByItsPermalinkAndAnUnknownSubjectLeadsToTheInbox() {
        InboxItem changed = item(NotificationKind.PROVIDER_CHANGED, List.of("CONTACT_POINT"), Set.of(MemberState.NL),
                Set.of(MemberState.NL));
        assertEquals("/portal/providers/" + changed.subjectId(), InboxLinks.path(changed));
        assertEquals("/portal/inbox.xhtml", InboxLinks.path(notice(InboxAddress.EU_CENTRE, NotificationKind.DEADLINE_REMINDER,
                "Report", List.of(), null)));
    }

    @Test
    void aProviderIsRemindedOfItsOwnDutyInItsOwnWordsAndOpensItsOwnPage() {
        InboxItem reminder = notice(InboxAddress.ofProvider(ProviderId.random()), NotificationKind.DEADLINE_REMINDER,
                "RiskAssessment", List.of("risk-assessment.update"), Instant.parse("2029-12-01T10:00:00Z"));
        assertEquals("Reminder: your next risk assessment falls due on 2029-12-01 10:00 UTC.",
                texts.summaryIn(reminder, Locale.ENGLISH));
        assertEquals("Herinnering: uw volgende risicobeoordeling moet uiterlijk 2029-12-01 10:00 UTC gegeven zijn.",
                texts.summaryIn(reminder, DUTCH));
        assertEquals("/portal/risk/own.xhtml", InboxLinks.path(reminder));
        InboxItem toTheAuthority = notice(InboxAddress.of(MemberState.NL), NotificationKind.DEADLINE_REMINDER,
                "RiskAssessment", List.of("risk-assessment.update"), Instant.parse("2029-12-01T10:00:00Z"));
        assertEquals("Reminder: a provider's next risk assessment falls due on 2029-12-01 10:00 UTC.",
                texts.summaryIn(toTheAuthority, Locale.ENGLISH));
        assertEquals("/portal/risk/assessments.xhtml?assessment=" + toTheAuthority.subjectId(), InboxLinks.path(toTheAuthority));
    }

    @Test
    void aProviderIsRemindedOfItsFirstAssessmentAndOfItsOrdersDeadlinesAndOpensItsOwnPages() {
        InboxAddress own = InboxAddress.ofProvider(ProviderId.random());
        Instant due = Instant.parse("2029-12-01T10:00:00Z");
        InboxItem first = notice(own, NotificationKind.DEADLINE_REMINDER, "RiskFirstAssessment", List.of("risk-assessment.first"), due);
        assertEquals("Reminder: your first risk assessment falls due on 2029-12-01 10:00 UTC.", texts.summaryIn(first, Locale.ENGLISH));
        assertEquals("/portal/risk/own.xhtml", InboxLinks.path(first));
        InboxItem execution = notice(own, NotificationKind.DEADLINE_REMINDER, "RemovalOrder", List.of("removal-order.execution"), due);
        assertEquals("Herinnering: uw melding dat de inhoud van dit verwijderingsbevel is verwijderd (bijlage VI) moet uiterlijk"
                + " 2029-12-01 10:00 UTC gegeven zijn.", texts.summaryIn(execution, DUTCH));
        assertEquals("/portal/orders/provider-orders.xhtml", InboxLinks.path(execution));
        InboxItem midTerm = notice(own, NotificationKind.DEADLINE_REMINDER, "DetectionOrder",
                List.of("detection-order.mid-term-report"), due);
        assertEquals("Reminder: your mid-term report on this detection order falls due on 2029-12-01 10:00 UTC.",
                texts.summaryIn(midTerm, Locale.ENGLISH));
        assertEquals("/portal/orders/provider-orders.xhtml", InboxLinks.path(midTerm));
    }

    @Test
    void theOperatorsAreToldHowManyDeliveriesWaitToWhomAndSinceWhenAndOpenTheDeliveriesScreen() {
        Instant since = Instant.parse("2026-12-04T09:30:00Z");
        InboxItem three = notice(InboxAddress.EU_CENTRE_OPERATIONS, NotificationKind.DELIVERIES_WAITING, "ReportDeliveries",
                List.of("3", "BE", "NORMAL"), since); // as stored: sorted
        assertEquals("3 non-urgent deliveries of forwarded reports to this recipient not fetched for longer than the alarm allows; the oldest"
                + " waits since 2026-12-04 09:30 UTC. The screen \"Report deliveries\" lists them.", texts.summaryIn(three, Locale.ENGLISH));
        InboxItem one = notice(InboxAddress.EU_CENTRE_OPERATIONS, NotificationKind.DELIVERIES_WAITING, "ReportDeliveries",
                List.of("URGENT", "EUROPOL", "1"), since);
        assertEquals("Eén spoedeisende aflevering van doorgestuurde meldingen aan deze ontvanger langer dan het alarm toestaat niet opgehaald;"
                + " de oudste wacht sinds 2026-12-04 09:30 UTC. Het scherm \"Afleveringen van meldingen\" toont ze.", texts.summaryIn(one, DUTCH));
        assertEquals("One urgent delivery of forwarded reports to this recipient not fetched for longer than the alarm allows; the oldest"
                + " waits since 2026-12-04 09:30 UTC. The screen \"Report deliveries\" lists them.", texts.summaryIn(one, Locale.ENGLISH));
        assertEquals("/portal/operations/report-deliveries.xhtml", InboxLinks.path(three));
    }
}

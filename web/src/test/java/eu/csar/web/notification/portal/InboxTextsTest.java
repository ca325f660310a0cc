package eu.csar.web.notification.portal;

import eu.csar.notification.api.NotificationId;
import eu.csar.notification.application.InboxItem;
import eu.csar.notification.domain.NotificationKind;
import eu.csar.shared.domain.MemberState;
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
        return new InboxItem(NotificationId.random(), MemberState.IE, kind, "Provider", UUID.randomUUID(), "Gamma Ltd",
                changes, before, after, Instant.parse("2026-12-01T10:00:00Z"), null, null, false);
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
}

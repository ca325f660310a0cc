package eu.csar.web.legal.portal;

import eu.csar.legal.api.ProfileValue;
import eu.csar.legal.api.ReviewStatus;
import eu.csar.legal.api.ValueKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Values and review statuses as a legal officer reads them, in English and Dutch. */
class LegalTextsTest {

    static final Locale NL = Locale.forLanguageTag("nl");

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(LegalTexts.BUNDLE, locale);
    }

    static ProfileValue value(ValueKind kind, String text, ReviewStatus review, String inheritedFrom) {
        return new ProfileValue("a.b", kind, text, List.of(), "Art 1", review, inheritedFrom);
    }

    static String shown(ValueKind kind, String text, Locale locale) {
        return LegalTexts.value(value(kind, text, ReviewStatus.CONFIRMED, null), bundle(locale), locale);
    }

    @Test
    void durationsReadInWordsWithTheIsoFormBeside() {
        assertEquals("24 hours (PT24H)", shown(ValueKind.DURATION, "PT24H", Locale.ENGLISH));
        assertEquals("24 uur (PT24H)", shown(ValueKind.DURATION, "PT24H", NL));
        assertEquals("1 week (P1W)", shown(ValueKind.DURATION, "P1W", Locale.ENGLISH));
        assertEquals("6 weken (P6W)", shown(ValueKind.DURATION, "P6W", NL));
        assertEquals("3 months (P3M)", shown(ValueKind.DURATION, "P3M", Locale.ENGLISH));
        assertEquals("5 jaar (P5Y)", shown(ValueKind.DURATION, "P5Y", NL));
        assertEquals("30 days (P30D)", shown(ValueKind.DURATION, "P30D", Locale.ENGLISH));
    }

    @Test
    void datesOfTheYearPercentagesAndListsReadPlainly() {
        assertEquals("31 January", shown(ValueKind.DATE_OF_YEAR, "--01-31", Locale.ENGLISH));
        assertEquals("30 juni", shown(ValueKind.DATE_OF_YEAR, "--06-30", NL));
        assertEquals("6 %", shown(ValueKind.PERCENT, "6", Locale.ENGLISH));
        assertEquals("REMOVAL_ORDER, DELISTING_ORDER", LegalTexts.value(new ProfileValue("o.t", ValueKind.LIST, null,
                List.of("REMOVAL_ORDER", "DELISTING_ORDER"), "Art 1", ReviewStatus.CONFIRMED, null), bundle(Locale.ENGLISH), Locale.ENGLISH));
    }

    @Test
    void theBadgeSaysPendingConfirmedOrInheritedAndPending() {
        assertEquals("Pending legal review", LegalTexts.review(value(ValueKind.COUNT, "1", ReviewStatus.PENDING_LEGAL_REVIEW, null),
                bundle(Locale.ENGLISH), Locale.ENGLISH));
        assertEquals("Bevestigd", LegalTexts.review(value(ValueKind.COUNT, "1", ReviewStatus.CONFIRMED, null), bundle(NL), NL));
        assertEquals("Inherited from COM-2022-209, pending legal review", LegalTexts.review(
                value(ValueKind.COUNT, "1", ReviewStatus.PENDING_LEGAL_REVIEW, "COM-2022-209"), bundle(Locale.ENGLISH), Locale.ENGLISH));
        assertEquals("Overgenomen uit COM-2022-209, juridische toetsing open", LegalTexts.review(
                value(ValueKind.COUNT, "1", ReviewStatus.PENDING_LEGAL_REVIEW, "COM-2022-209"), bundle(NL), NL));
        LegalTexts texts = new LegalTexts();
        assertEquals("csar-review csar-review-INHERITED", texts.reviewClass(value(ValueKind.COUNT, "1", ReviewStatus.PENDING_LEGAL_REVIEW, "X")));
        assertEquals("csar-review csar-review-PENDING_LEGAL_REVIEW", texts.reviewClass(value(ValueKind.COUNT, "1", ReviewStatus.PENDING_LEGAL_REVIEW, null)));
    }

    @Test
    void theComparisonLinkCarriesTheChoiceInItsPath() {
        assertEquals("/portal/legal/compare/COM-2022-209/1/COUNCIL-GA-2025/2",
                LegalPermalinkServlet.link("COM-2022-209", 1, "COUNCIL-GA-2025", 2));
        assertEquals(Optional.of("/portal/legal/compare.xhtml?left=COM-2022-209&leftVersion=1&right=COUNCIL-GA-2025&rightVersion=2"),
                LegalPermalinkServlet.page("/COM-2022-209/1/COUNCIL-GA-2025/2"));
        assertEquals(Optional.empty(), LegalPermalinkServlet.page("/COM-2022-209/0/COUNCIL-GA-2025/2"));
        assertEquals(Optional.empty(), LegalPermalinkServlet.page("/com/1/x/1"));
        assertEquals(Optional.empty(), LegalPermalinkServlet.page("/A/1/B/1?x=<script>"));
        assertEquals(Optional.empty(), LegalPermalinkServlet.page(null));
        assertEquals("COM-2022-209/1", LegalProfilesPage.choice(LegalProfilesPage.ref("COM-2022-209/1")));
        assertEquals(null, LegalProfilesPage.ref("COM-2022-209/x"));
    }
}

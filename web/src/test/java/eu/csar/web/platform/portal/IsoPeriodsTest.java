package eu.csar.web.platform.portal;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The periods of orders and legal profiles as civil servants read them, in English and Dutch. */
class IsoPeriodsTest {

    static final Locale NL = Locale.forLanguageTag("nl");

    static String en(String iso) {
        return words(iso, Locale.ENGLISH);
    }

    static String nl(String iso) {
        return words(iso, NL);
    }

    static String words(String iso, Locale locale) {
        return IsoPeriods.inWords(iso, IsoPeriods.of(ResourceBundle.getBundle("eu.csar.web.messages", locale), locale));
    }

    @Test
    void oneUnitReadsInTheUsersLanguage() {
        assertEquals("12 months", en("P12M"));
        assertEquals("12 maanden", nl("P12M"));
        assertEquals("6 months", en("P6M"));
        assertEquals("4 weeks", en("P4W"));
        assertEquals("4 weken", nl("P4W"));
        assertEquals("10 days", en("P10D"));
        assertEquals("10 dagen", nl("P10D"));
        assertEquals("24 hours", en("PT24H"));
        assertEquals("24 uur", nl("PT24H"));
        assertEquals("2 years", en("P2Y"));
        assertEquals("2 jaar", nl("P2Y"));
        assertEquals("30 minutes", en("PT30M"), "M after the T is minutes, not months");
        assertEquals("30 minuten", nl("PT30M"));
    }

    @Test
    void oneOfAUnitIsSingular() {
        assertEquals("1 month", en("P1M"));
        assertEquals("1 maand", nl("P1M"));
        assertEquals("1 week", en("P1W"));
        assertEquals("1 week", nl("P1W"));
        assertEquals("1 day", en("P1D"));
        assertEquals("1 dag", nl("P1D"));
        assertEquals("1 hour", en("PT1H"));
        assertEquals("1 uur", nl("PT1H"));
        assertEquals("1 year", en("P1Y"));
        assertEquals("1 jaar", nl("P1Y"));
        assertEquals("1 minuut", nl("PT1M"));
        assertEquals("1 second", en("PT1S"));
    }

    @Test
    void combinedPeriodsNameEachPartAndJoinTheLastWithAnd() {
        assertEquals("1 year and 6 months", en("P1Y6M"));
        assertEquals("1 jaar en 6 maanden", nl("P1Y6M"));
        assertEquals("2 years, 1 month and 3 days", en("P2Y1M3D"));
        assertEquals("2 jaar, 1 maand en 3 dagen", nl("P2Y1M3D"));
        assertEquals("1 day and 12 hours", en("P1DT12H"));
        assertEquals("1 dag en 12 uur", nl("P1DT12H"));
        assertEquals("6 months", en("P0Y6M"), "a zero part says nothing");
    }

    @Test
    void zeroIsPlural() {
        assertEquals("0 days", en("P0D"));
        assertEquals("0 dagen", nl("P0D"));
    }

    @Test
    void whatIsNoPeriodIsShownAsItIs() {
        assertEquals("", en(null));
        assertEquals("P", en("P"));
        assertEquals("PT", en("PT"));
        assertEquals("12 months", en("12 months"));
        assertEquals("P6X", en("P6X"));
        assertEquals("-P6M", en("-P6M"));
        assertEquals("P99999999999999999999D", en("P99999999999999999999D"));
    }
}

package eu.csar.indicators.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one spelling of a URL indicator. */
class UrlNormaliserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "HTTPS://Example.INVALID/Path/To?Q=A#frag | https://example.invalid/Path/To?Q=A",
            "http://example.invalid | http://example.invalid/",
            "http://example.invalid:80/a | http://example.invalid/a",
            "https://example.invalid:443/a | https://example.invalid/a",
            "https://example.invalid:80/a | https://example.invalid:80/a",
            "http://example.invalid:443/a | http://example.invalid:443/a",
            "http://example.invalid:8080/a | http://example.invalid:8080/a",
            "  https://example.invalid/x  | https://example.invalid/x",
            "https://user@Example.invalid/x | https://user@example.invalid/x",
            "https://example.invalid/a%20b?x=%41 | https://example.invalid/a%20b?x=%41",
            "https://example.invalid?q=1 | https://example.invalid/?q=1",
    })
    void normalisesSchemeHostPortAndFragment(String in, String out) {
        assertEquals(Optional.of(out), UrlNormaliser.normalise(in));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "example.invalid/a", "ftp://example.invalid/a", "https:///nohost", "https://exa mple.invalid/",
            "mailto:a@example.invalid", "/relative/path"})
    void refusesWhatIsNotAnAbsoluteHttpUrl(String in) {
        assertEquals(Optional.empty(), UrlNormaliser.normalise(in));
    }

    @Test
    void refusesOverlongUrls() {
        String base = "https://example.invalid/";
        assertEquals(Optional.empty(), UrlNormaliser.normalise(base + "a".repeat(UrlNormaliser.MAX_LENGTH - base.length() + 1)));
        String longest = base + "a".repeat(UrlNormaliser.MAX_LENGTH - base.length());
        assertEquals(Optional.of(longest), UrlNormaliser.normalise(longest));
    }
}

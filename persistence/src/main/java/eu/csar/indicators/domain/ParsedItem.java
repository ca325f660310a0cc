package eu.csar.indicators.domain;

import eu.csar.indicators.api.IndicatorKind;

/**
 * One indicator read from a submission's text by {@link HashLineParser}, or the reason it was refused.
 *
 * @param sourceLine the line of the text it came from (1-based)
 * @param kind       null when the line could not be read at all
 * @param value      the normalised value (lower-case hex, normalised URL); may be the raw text when refused
 * @param quality    the PDQ quality; null for other kinds
 * @param label      the path column kept as a label, else null
 * @param refusal    why the item is refused; null when it is acceptable
 */
public record ParsedItem(int sourceLine, IndicatorKind kind, String value, Integer quality, String label, String refusal) {

    public boolean refused() {
        return refusal != null;
    }

    static ParsedItem ok(int line, IndicatorKind kind, String value, Integer quality, String label) {
        return new ParsedItem(line, kind, value, quality, label, null);
    }

    static ParsedItem refused(int line, IndicatorKind kind, String value, Integer quality, String label, String reason) {
        return new ParsedItem(line, kind, value, quality, label, reason);
    }

    ParsedItem refusedAs(String reason) {
        return new ParsedItem(sourceLine, kind, value, quality, label, reason);
    }
}

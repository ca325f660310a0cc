package eu.csar.web.platform.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Formatting for pages: times in UTC (the platform's time zone for every actor across the Union),
 * ISO 8601 periods in words, sets of codes as sorted lists, enum values through their bundle labels.
 */
@Named("fmt")
@ApplicationScoped
public class FormatBean {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    @Inject
    FeedbackBean feedback;

    public String instant(Instant instant) {
        return instant == null ? "" : UTC.format(instant);
    }

    /** A stored ISO 8601 period in the user's words: "P12M" gives "12 months" ("12 maanden"); see {@link IsoPeriods}. */
    public String period(String iso) {
        return IsoPeriods.inWords(iso, feedback::text);
    }

    /** "NL, BE, DE" in alphabetical order. */
    public String codes(Collection<? extends Enum<?>> values) {
        return values == null ? "" : values.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    }

    /** Localised labels, e.g. {@code labels('serviceType', provider.serviceTypes())} gives "Hosting, App store". */
    public String labels(String prefix, Collection<? extends Enum<?>> values) {
        return values == null ? "" : values.stream().sorted().map(v -> feedback.text(prefix + "." + v.name()))
                .collect(Collectors.joining(", "));
    }

    /**
     * The translated label of a stored code, e.g. {@code label('auditAction', 'PROVIDER_READ')} gives
     * "Provider read"; a code without a label (written by an older version) is shown as it is.
     */
    public String label(String prefix, String code) {
        if (code == null) {
            return "";
        }
        String text = feedback.textOrNull(prefix + "." + code);
        return text == null ? code : text;
    }

    /** The labels of stored codes in the order given, e.g. "Known images, it-sub-set" (see {@link #label}). */
    public String codeLabels(String prefix, Collection<String> codes) {
        return codes == null ? "" : codes.stream().map(c -> label(prefix, c)).collect(Collectors.joining(", "));
    }

    public String strings(Collection<String> values) {
        return values == null ? "" : String.join(", ", values);
    }
}

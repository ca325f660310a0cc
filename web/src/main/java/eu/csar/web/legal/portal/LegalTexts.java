package eu.csar.web.legal.portal;

import eu.csar.legal.api.ProfileValue;
import eu.csar.legal.api.ReviewStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.text.MessageFormat;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A profile value as a legal officer reads it, in the user's language: {@code PT24H} as
 * "24 hours (PT24H)", {@code --01-31} as "31 January", a percentage with its sign, lists as their
 * items; and the review status as a badge text ("Pending legal review", or "Inherited from
 * COM-2022-209, pending legal review").
 */
@Named
@ApplicationScoped
public class LegalTexts {

    static final String BUNDLE = "eu.csar.web.messages";
    private static final Pattern DURATION = Pattern.compile("P(T)?(\\d+)([HDWMY])");

    public String value(ProfileValue v) {
        return v == null ? "" : value(v, bundle(), locale());
    }

    public String review(ProfileValue v) {
        return v == null ? "" : review(v, bundle(), locale());
    }

    /** The badge's style class: pending (amber), confirmed (green), inherited (blue). */
    public String reviewClass(ProfileValue v) {
        if (v == null) {
            return "";
        }
        return "csar-review csar-review-" + (v.inherited() ? "INHERITED" : v.review().name());
    }

    static String value(ProfileValue v, ResourceBundle bundle, Locale locale) {
        String text = v.text();
        return switch (v.kind()) {
            case DURATION -> duration(text, bundle, locale);
            case DATE_OF_YEAR -> MonthDay.parse(text).atYear(2000).format(DateTimeFormatter.ofPattern("d MMMM", locale));
            case PERCENT -> text + " %";
            default -> text;
        };
    }

    static String duration(String iso, ResourceBundle bundle, Locale locale) {
        Matcher m = DURATION.matcher(iso);
        if (!m.matches()) {
            return iso;
        }
        long n = Long.parseLong(m.group(2));
        String unit = m.group(1) != null ? "H" : m.group(3);
        return new MessageFormat(bundle.getString("legal.unit." + unit), locale).format(new Object[] {n}) + " (" + iso + ")";
    }

    static String review(ProfileValue v, ResourceBundle bundle, Locale locale) {
        String status = bundle.getString("legal.review." + v.review().name());
        if (!v.inherited()) {
            return status;
        }
        return new MessageFormat(bundle.getString(v.review() == ReviewStatus.CONFIRMED ? "legal.review.inheritedConfirmed"
                : "legal.review.inherited"), locale).format(new Object[] {v.inheritedFrom()});
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
    }

    private static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, locale(), Thread.currentThread().getContextClassLoader());
    }
}

package eu.csar.web.legal.portal;

import eu.csar.legal.api.ProfileValue;
import eu.csar.legal.api.ReviewStatus;
import eu.csar.web.platform.portal.IsoPeriods;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.text.MessageFormat;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

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

    /** The duration in words with its ISO form beside it, which is what the legal text says. */
    static String duration(String iso, ResourceBundle bundle, Locale locale) {
        String words = IsoPeriods.inWords(iso, IsoPeriods.of(bundle, locale));
        return words.equals(iso) ? iso : words + " (" + iso + ")";
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

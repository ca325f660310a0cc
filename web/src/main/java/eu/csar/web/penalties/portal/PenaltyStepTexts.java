package eu.csar.web.penalties.portal;

import eu.csar.penalties.api.PenaltyStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The penalty calculator's steps in the reader's language: the step's message key ({@code penStep.*})
 * in the portal's message files, its arguments filled in (whole numbers as numbers, for singular and plural). Used by the case page (the page's language)
 * and the API (English). A key without a text (from a later version) shows its arguments as they are.
 */
@Named
@ApplicationScoped
public class PenaltyStepTexts {

    private static final String BUNDLE = "eu.csar.web.messages";

    /** The step in the language of the page being rendered. */
    public String text(PenaltyStep step) {
        FacesContext context = FacesContext.getCurrentInstance();
        return textIn(step, context != null && context.getViewRoot() != null ? context.getViewRoot().getLocale() : Locale.ENGLISH);
    }

    /** The step in {@code locale}. */
    public static String textIn(PenaltyStep step, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, PenaltyStepTexts.class.getClassLoader());
        try {
            return new MessageFormat(bundle.getString(step.key()), locale).format(
                    step.arguments().stream().map(PenaltyStepTexts::argument).toArray());
        } catch (MissingResourceException e) {
            return String.join(" ", step.arguments());
        }
    }

    /** A whole number (a count of days) as a number, so that a text can say "1 day" and "30 days"; anything else as written. */
    private static Object argument(String written) {
        return written.matches("[0-9]{1,9}") ? (Object) Long.valueOf(written) : written;
    }
}

package eu.csar.web.platform.portal;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/**
 * The language the user chose for this session (English or Dutch). Until they choose, the browser's
 * preference among the supported languages applies (faces-config.xml).
 */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SUPPORTED = Set.of("en", "nl");

    private Locale chosen;

    public Locale getLocale() {
        if (chosen != null) {
            return chosen;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getViewHandler().calculateLocale(context);
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** Switches the language and reloads the current page with its parameters, so nothing is re-posted. */
    public String switchTo(String language) {
        if (SUPPORTED.contains(language)) {
            chosen = Locale.forLanguageTag(language);
        }
        FacesContext context = FacesContext.getCurrentInstance();
        context.getViewRoot().setLocale(getLocale());
        return context.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}

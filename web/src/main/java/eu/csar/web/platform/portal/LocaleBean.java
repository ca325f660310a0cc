package eu.csar.web.platform.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Locale;

/**
 * The language of this page: the one the user chose ({@code ?lang=} or the {@code csar-lang}
 * cookie, see {@link LanguageChoice}), else the browser's preference among the supported languages
 * (faces-config.xml). Request-scoped and kept in a cookie, not in the session: the choice survives
 * logout, and the public pages stay without a session.
 */
@Named
@RequestScoped
public class LocaleBean {

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            FacesContext context = FacesContext.getCurrentInstance();
            locale = LanguageChoice.of((HttpServletRequest) context.getExternalContext().getRequest())
                    .map(Locale::forLanguageTag)
                    .orElseGet(() -> context.getApplication().getViewHandler().calculateLocale(context));
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }
}

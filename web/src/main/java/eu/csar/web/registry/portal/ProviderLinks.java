package eu.csar.web.registry.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The links pages give to a provider: always the path-based permalinks of
 * {@link ProviderPermalinkServlet}, never {@code provider.xhtml?id=}, so that a link opened while
 * logged out still leads to the provider after the login. Use with {@code h:outputLink}:
 * {@code <h:outputLink value="#{providerLinks.detail(p.id())}">}.
 */
@Named
@ApplicationScoped
public class ProviderLinks {

    public String detail(Object providerId) {
        return contextPath() + ProviderPermalinkServlet.detail(providerId);
    }

    public String edit(Object providerId) {
        return contextPath() + ProviderPermalinkServlet.edit(providerId);
    }

    private static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }
}

package eu.csar.web.indicators.portal;

import eu.csar.indicators.api.IndicatorId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The links pages give to an indicator: always its permalink {@code /portal/indicators/{id}}
 * ({@link IndicatorPermalinkFilter}), which survives the login. Use with {@code h:outputLink}.
 */
@Named
@ApplicationScoped
public class IndicatorLinks {

    public String detail(IndicatorId id) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + IndicatorPermalinkFilter.detail(id.value());
    }
}

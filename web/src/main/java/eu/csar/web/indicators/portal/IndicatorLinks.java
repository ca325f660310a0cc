package eu.csar.web.indicators.portal;

import eu.csar.indicators.api.IndicatorId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The links pages give to an indicator or a submission: always their path-based permalinks
 * ({@link IndicatorPermalinkFilter} for {@code /portal/indicators/{id}},
 * {@link IndicatorPermalinkServlet} for {@code /portal/indicators/submission/{id}}), which survive
 * the login. Use with {@code h:outputLink}.
 */
@Named
@ApplicationScoped
public class IndicatorLinks {

    public String detail(IndicatorId id) {
        return contextPath() + IndicatorPermalinkFilter.detail(id.value());
    }

    public String submission(Object submissionId) {
        return contextPath() + IndicatorPermalinkServlet.submission(submissionId);
    }

    private static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }
}

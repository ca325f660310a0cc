package eu.csar.web.indicators.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** The links pages give to a submission: always the path-based permalink of {@link IndicatorPermalinkServlet}. */
@Named
@ApplicationScoped
public class IndicatorLinks {

    public String submission(Object submissionId) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + IndicatorPermalinkServlet.submission(submissionId);
    }
}

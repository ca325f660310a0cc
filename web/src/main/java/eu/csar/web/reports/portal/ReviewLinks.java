package eu.csar.web.reports.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The links pages give to a report on the review desk: always the path-based permalink of
 * {@link ReviewPermalinkServlet}, never {@code review.xhtml?id=}, so that a link opened while logged
 * out still leads to the report after the login. Use with {@code h:outputLink}:
 * {@code <h:outputLink value="#{reviewLinks.report(q.id())}">}.
 */
@Named
@ApplicationScoped
public class ReviewLinks {

    public String report(Object reportId) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + ReviewPermalinkServlet.report(reportId);
    }
}

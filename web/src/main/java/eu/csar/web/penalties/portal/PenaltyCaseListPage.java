package eu.csar.web.penalties.portal;

import eu.csar.penalties.api.LinkKind;
import eu.csar.penalties.api.PenaltyCaseState;
import eu.csar.penalties.application.NewPenaltyCase;
import eu.csar.penalties.application.PenaltyCaseView;
import eu.csar.penalties.application.PenaltyCases;
import eu.csar.shared.domain.ProviderId;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.web.platform.portal.FeedbackBean;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The penalty cases of the authority's Member State ({@code /portal/penalties/cases.xhtml}), newest
 * first and filterable by state, and the form to open a case against a provider under its
 * jurisdiction ({@code ?providerId=} fills it in), linked to orders and reports, one per line as
 * {@code KIND id}. Opening leads to the case's page.
 */
@Named
@ViewScoped
public class PenaltyCaseListPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 100;

    @Inject
    PenaltyCases cases;

    @Inject
    FeedbackBean feedback;

    private PenaltyCaseState state;
    private List<PenaltyCaseView.Summary> rows = List.of();
    private long total;
    private String providerId;
    private String summary;
    private String links;

    /** f:viewAction and the filter button. */
    public void load() {
        try {
            PenaltyCaseView.Page page = cases.list(state, 0, PAGE_SIZE);
            rows = page.items();
            total = page.total();
        } catch (RuntimeException e) {
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
    }

    /** Opens the case and goes to its page; a refusal is shown at its field. */
    public String open() {
        try {
            UUID provider = uuid(providerId);
            if (provider == null) {
                throw RuleViolationException.invalid("providerId", feedback.text("pen.open.providerInvalid"));
            }
            PenaltyCaseView c = cases.open(new NewPenaltyCase(null, new ProviderId(provider), summary, parseLinks(links), null));
            feedback.infoAfterRedirect("pen.opened", c.caseNumber());
            return "/portal/penalties/case?faces-redirect=true&id=" + c.id();
        } catch (IllegalArgumentException e) {
            FacesContext.getCurrentInstance().validationFailed();
            feedback.showRefusal(RuleViolationException.invalid("links",
                    feedback.text("pen.open.linksInvalid", e.getMessage())), path -> "open:links");
            return null;
        } catch (RuntimeException e) {
            FacesContext.getCurrentInstance().validationFailed();
            if (!feedback.showRefusal(e, path -> path.startsWith("links") ? "open:links"
                    : path.endsWith("summary") ? "open:summary" : path.endsWith("providerId") ? "open:providerId" : null)) {
                throw e;
            }
            return null;
        }
    }

    /**
     * Lines {@code KIND id} (blank lines skipped); the kind may be left out for a removal order.
     *
     * @throws IllegalArgumentException with the line that cannot be read
     */
    static List<NewPenaltyCase.Link> parseLinks(String text) {
        List<NewPenaltyCase.Link> parsed = new ArrayList<>();
        if (text == null) {
            return parsed;
        }
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            String[] parts = l.split("\\s+");
            if (parts.length > 2) {
                throw new IllegalArgumentException(l);
            }
            LinkKind kind;
            try {
                kind = parts.length == 1 ? LinkKind.REMOVAL_ORDER : LinkKind.valueOf(parts[0].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(l);
            }
            UUID id = uuid(parts[parts.length - 1]);
            if (id == null) {
                throw new IllegalArgumentException(l);
            }
            parsed.add(new NewPenaltyCase.Link(kind, id));
        }
        return parsed;
    }

    static UUID uuid(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public List<PenaltyCaseState> getStates() {
        return List.of(PenaltyCaseState.values());
    }

    public List<LinkKind> getLinkKinds() {
        return List.of(LinkKind.values());
    }

    public List<PenaltyCaseView.Summary> getRows() {
        return rows;
    }

    public boolean isTruncated() {
        return total > rows.size();
    }

    public PenaltyCaseState getState() {
        return state;
    }

    public void setState(PenaltyCaseState state) {
        this.state = state;
    }

    public String getProviderId() {
        return providerId;
    }

    public void setProviderId(String providerId) {
        this.providerId = providerId;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getLinks() {
        return links;
    }

    public void setLinks(String links) {
        this.links = links;
    }
}

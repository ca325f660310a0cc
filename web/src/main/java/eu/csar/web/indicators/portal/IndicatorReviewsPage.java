package eu.csar.web.indicators.portal;

import eu.csar.indicators.api.IndicatorId;
import eu.csar.indicators.application.FlagView;
import eu.csar.indicators.application.IndicatorFlags;
import eu.csar.indicators.application.IndicatorReviews;
import eu.csar.indicators.application.IndicatorStates;
import eu.csar.indicators.application.IndicatorSummary;
import eu.csar.indicators.application.QuarantineQueue;
import eu.csar.web.platform.portal.FeedbackBean;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The reviewers' queue ({@code /portal/indicators/reviews.xhtml}): quarantined indicators (the flood
 * rule's and reviewers' stops, Art 10, 50), which a reviewer confirms (back to ACTIVE) or retires;
 * and the indicators due for the necessity review (Art 46), whose necessity a reviewer confirms or
 * which they retire; and the providers' open false-positive flags (from the matching slice), each
 * leading to its indicator. Retiring always asks for the reason.
 */
@Named
@ViewScoped
public class IndicatorReviewsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    QuarantineQueue quarantine;

    @Inject
    IndicatorReviews reviews;

    @Inject
    IndicatorStates states;

    @Inject
    IndicatorFlags flags;

    @Inject
    FeedbackBean feedback;

    private List<QuarantineQueue.Entry> quarantined = List.of();
    private List<IndicatorSummary> due = List.of();
    private List<FlagView> openFlags = List.of();
    private List<FlagView> resolvedFlags = List.of();
    private IndicatorSummary retiring;
    private String retireReason;

    /** f:viewAction */
    public void load() {
        try {
            quarantined = quarantine.quarantined();
            due = reviews.due();
            openFlags = flags.open();
            resolvedFlags = flags.recentlyResolved();
        } catch (RuntimeException e) {
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
    }

    /** A quarantined indicator goes back to matching. */
    public void confirm(IndicatorId id) {
        act(() -> states.confirm(id, null), "ind.screens.reviews.confirmed");
    }

    /** A due indicator is still necessary: its next review date is set. */
    public void confirmNecessity(IndicatorId id) {
        act(() -> reviews.confirmNecessity(id), "ind.screens.reviews.necessityConfirmed");
    }

    /** Opens the retire dialog for {@code indicator}. */
    public void startRetiring(IndicatorSummary indicator) {
        retiring = indicator;
        retireReason = null;
    }

    public void retire() {
        if (retiring == null) {
            return;
        }
        IndicatorId id = retiring.id();
        act(() -> states.retire(id, retireReason), "ind.screens.reviews.retired");
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            retiring = null;
            retireReason = null;
        }
    }

    private void act(Runnable call, String doneKey) {
        try {
            call.run();
            feedback.info(doneKey);
            load();
        } catch (RuntimeException e) {
            FacesContext.getCurrentInstance().validationFailed();
            if (!feedback.showRefusal(e, path -> path.contains("reason") || path.endsWith("arg1") ? "retire:reason" : null)) {
                throw e;
            }
        }
    }

    public List<QuarantineQueue.Entry> getQuarantined() {
        return quarantined;
    }

    public List<FlagView> getOpenFlags() {
        return openFlags;
    }

    public List<FlagView> getResolvedFlags() {
        return resolvedFlags;
    }

    public List<IndicatorSummary> getDue() {
        return due;
    }

    public IndicatorSummary getRetiring() {
        return retiring;
    }

    public String getRetireReason() {
        return retireReason;
    }

    public void setRetireReason(String retireReason) {
        this.retireReason = retireReason;
    }
}

package eu.csar.web.reports.portal;

import eu.csar.reports.api.PublicMaterialId;
import eu.csar.reports.api.PublicMaterialState;
import eu.csar.reports.application.RemovalChecks;
import eu.csar.reports.application.RemovalChecks.Check;
import eu.csar.reports.application.RemovalChecks.Watched;
import eu.csar.web.platform.portal.FeedbackBean;
import eu.csar.web.platform.portal.OneCallPerPageModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The Centre's removal checks of reported public material ({@code /portal/reports/public-material.xhtml},
 * issue 11 §4): every watched URL, paged, filtered by state (all by default, still online first) and
 * searchable by a part of its URL and by report,
 * with its report, when it was reported, its last check and its removal; a URL's check log on demand;
 * a centre administrator asks for a check at once (the service schedules it for the sweep and audits
 * it); reviewers and auditors look. The URLs are text, never links or images: nobody visits reported
 * material by accident.
 */
@Named
@ViewScoped
public class PublicMaterialPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String TABLE_ID = ":material:table";

    @Inject
    RemovalChecks checks;

    @Inject
    FeedbackBean feedback;

    private PublicMaterialLazyModel model;
    private Watched selected;
    private List<Check> history = List.of();

    @PostConstruct
    void init() {
        model = new PublicMaterialLazyModel(checks);
    }

    /** The state filter changed, or a search by URL and report was asked for: back to the first page. */
    public void filter() {
        OneCallPerPageModel.firstPage(TABLE_ID);
    }

    /** Clears the URL and report fields: every watched URL in the chosen state again, from the first page. */
    public void clearSearch() {
        model.clearSearch();
        filter();
    }

    /** Reads the check log of {@code row} (audited by the service) for the history dialog. */
    public void showHistory(Watched row) {
        try {
            history = checks.history(new PublicMaterialId(row.id()));
            selected = row;
        } catch (RuntimeException e) {
            selected = null;
            history = List.of();
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
    }

    /** A centre administrator's "check now": due at once for the removal-check sweep (audited by the service). */
    public void checkNow(Watched row) {
        try {
            Watched due = checks.checkNow(new PublicMaterialId(row.id()));
            feedback.info("material.checkRequested", due.position(), due.reportId().toString());
        } catch (RuntimeException e) {
            if (!feedback.showRefusal(e)) { // removed meanwhile: not permitted in its state
                throw e;
            }
        }
    }

    public List<PublicMaterialState> getStates() {
        return List.of(PublicMaterialState.STILL_ONLINE, PublicMaterialState.CHECKING, PublicMaterialState.REMOVED,
                PublicMaterialState.NOT_CHECKABLE);
    }

    public PublicMaterialLazyModel getModel() {
        return model;
    }

    public Watched getSelected() {
        return selected;
    }

    public List<Check> getHistory() {
        return history;
    }
}

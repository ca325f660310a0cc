package eu.csar.web.indicators.portal;

import eu.csar.indicators.api.IndicatorId;
import eu.csar.indicators.application.IndicatorCatalog;
import eu.csar.indicators.application.IndicatorDetail;
import eu.csar.indicators.application.IndicatorStates;
import eu.csar.indicators.domain.IndicatorEvent;
import eu.csar.shared.domain.UnknownObjectException;
import eu.csar.web.platform.portal.FeedbackBean;
import eu.csar.web.platform.portal.PortalUserBean;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * One indicator ({@code /portal/indicators/{id}}): value, set, state, its provenance links and its
 * history; for centre reviewers (and admins where the service lets them) the moves the transition
 * table allows from its state now, as buttons: disable (until a date, or until enabled again),
 * enable, confirm a quarantined one, quarantine, retire with a reason. An unknown id, a malformed
 * one and one the caller may not see all say "not found", as the catalogue answers.
 */
@Named
@ViewScoped
public class IndicatorDetailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IndicatorCatalog catalog;

    @Inject
    IndicatorStates states;

    @Inject
    FeedbackBean feedback;

    @Inject
    PortalUserBean user;

    private String id;
    private IndicatorDetail indicator;
    private String reason;
    private LocalDate disabledUntil;

    /** f:viewAction */
    public void load() {
        indicator = null;
        Optional<IndicatorId> indicatorId = parse(id);
        if (indicatorId.isEmpty()) {
            return;
        }
        try {
            indicator = catalog.detail(indicatorId.get());
        } catch (UnknownObjectException e) {
            // the page says "not found" itself, the same for a wrong id and one the caller may not see
        } catch (RuntimeException e) {
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
    }

    public void disable() {
        Instant until = disabledUntil == null ? null : disabledUntil.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        move(IndicatorEvent.DISABLE, () -> states.disable(indicator.id(), until, reason));
    }

    public void enable() {
        move(IndicatorEvent.ENABLE, () -> states.enable(indicator.id()));
    }

    public void confirm() {
        move(IndicatorEvent.CONFIRM, () -> states.confirm(indicator.id(), blankToNull(reason)));
    }

    public void quarantine() {
        move(IndicatorEvent.QUARANTINE, () -> states.quarantine(indicator.id(), reason));
    }

    public void retire() {
        move(IndicatorEvent.RETIRE, () -> states.retire(indicator.id(), reason));
    }

    private void move(IndicatorEvent event, Runnable call) {
        try {
            call.run();
            reason = null;
            disabledUntil = null;
            feedback.info("ind.screens.detail.moved." + event.name());
            id = indicator.id().value().toString();
            load();
        } catch (RuntimeException e) {
            FacesContext.getCurrentInstance().validationFailed();
            if (!feedback.showRefusal(e, path -> path.contains("reason") || path.endsWith("arg1") || path.endsWith("arg2")
                    ? "move:reason" : null)) {
                throw e;
            }
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The id of a page parameter; empty for anything that is not a UUID. */
    static Optional<IndicatorId> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new IndicatorId(UUID.fromString(value.trim())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the page offers {@code event} (named as in {@link IndicatorEvent}): the transition
     * table allows it from the indicator's state and the caller's role may make the move (verify and
     * reject belong to the verification page, activation to verification too).
     */
    public boolean offers(String event) {
        if (indicator == null) {
            return false;
        }
        IndicatorEvent e = IndicatorEvent.valueOf(event);
        if (!indicator.possibleEvents().contains(e)) {
            return false;
        }
        return switch (e) {
            case CONFIRM, QUARANTINE -> user.isReviewer();
            case DISABLE, ENABLE, RETIRE -> user.isReviewer() || user.isCentreAdmin();
            case VERIFY, REJECT, ACTIVATE -> false;
        };
    }

    public boolean isFound() {
        return indicator != null;
    }

    public IndicatorDetail getIndicator() {
        return indicator;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getDisabledUntil() {
        return disabledUntil;
    }

    public void setDisabledUntil(LocalDate disabledUntil) {
        this.disabledUntil = disabledUntil;
    }
}

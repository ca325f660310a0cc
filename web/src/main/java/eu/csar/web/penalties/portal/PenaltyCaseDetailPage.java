package eu.csar.web.penalties.portal;

import eu.csar.penalties.api.FactorAssessment;
import eu.csar.penalties.api.FactorEntry;
import eu.csar.penalties.api.PenaltyCalculation;
import eu.csar.penalties.api.PenaltyCaseId;
import eu.csar.penalties.api.PenaltyKind;
import eu.csar.penalties.application.PenaltyCaseView;
import eu.csar.penalties.application.PenaltyCases;
import eu.csar.shared.domain.UnknownObjectException;
import eu.csar.web.platform.portal.FeedbackBean;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * One penalty case file ({@code /portal/penalties/case.xhtml?id=}): status, provider, linked orders
 * and reports; while OPEN the factor checklist of Art 35(6) (one row per factor of the case's profile
 * version), the turnover, and the decision form whose "calculate" shows the calculator's steps and
 * whose refusal above the cap is a page message naming the Article; once decided, the decision with
 * the steps; close or withdraw; the timeline. Another Member State's case reads as not found.
 */
@Named
@ViewScoped
public class PenaltyCaseDetailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PenaltyCases cases;

    @Inject
    FeedbackBean feedback;

    private String id;
    private PenaltyCaseView penaltyCase;
    private List<FactorRow> checklist = List.of();
    private BigDecimal annualTurnover;
    private Integer businessYear;
    private Integer businessYearDays;
    private PenaltyKind kind = PenaltyKind.INFRINGEMENT;
    private BigDecimal proposedAmount;
    private Integer days;
    private String reasoning;
    private PenaltyCalculation calculation;
    private String reason;

    /** One editable line of the checklist. */
    public static final class FactorRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String factor;
        private FactorAssessment assessment;
        private String note;

        FactorRow(PenaltyCaseView.Factor f) {
            this.factor = f.factor();
            this.assessment = f.assessment();
            this.note = f.note();
        }

        public String getFactor() {
            return factor;
        }

        public FactorAssessment getAssessment() {
            return assessment;
        }

        public void setAssessment(FactorAssessment assessment) {
            this.assessment = assessment;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    /** f:viewAction */
    public void load() {
        penaltyCase = null;
        PenaltyCaseId parsed = PenaltyCaseListPage.uuid(id) == null ? null : new PenaltyCaseId(PenaltyCaseListPage.uuid(id));
        if (parsed == null) {
            return;
        }
        try {
            show(cases.penaltyCase(parsed));
        } catch (UnknownObjectException e) {
            // the page says "not found" itself
        } catch (RuntimeException e) {
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
    }

    private void show(PenaltyCaseView c) {
        penaltyCase = c;
        checklist = c.factors().stream().map(FactorRow::new).toList();
        annualTurnover = c.annualTurnover();
        businessYear = c.businessYear();
        businessYearDays = c.businessYearDays();
    }

    public void saveFactors() {
        List<FactorEntry> entries = new ArrayList<>();
        for (FactorRow row : checklist) {
            if (row.assessment != null) {
                entries.add(new FactorEntry(row.factor, row.assessment, row.note));
            }
        }
        act(() -> cases.recordFactors(penaltyCase.id(), entries), "pen.factorsSaved", path -> "factors:table");
    }

    public void saveTurnover() {
        act(() -> cases.recordTurnover(penaltyCase.id(), annualTurnover, businessYear == null ? 0 : businessYear, businessYearDays),
                "pen.turnoverSaved", path -> path.contains("businessYearDays") ? "turnover:businessYearDays"
                        : path.contains("businessYear") ? "turnover:businessYear" : "turnover:annualTurnover");
    }

    /** Shows the calculator's steps for the proposal without deciding; above the cap a page message names the Article. */
    public void calculate() {
        calculation = null;
        try {
            calculation = cases.preview(penaltyCase.id(), kind, proposedAmount, kind == PenaltyKind.PERIODIC ? days : null);
        } catch (RuntimeException e) {
            FacesContext.getCurrentInstance().validationFailed();
            if (!feedback.showRefusal(e, this::decisionField)) {
                throw e;
            }
        }
    }

    public void decide() {
        if (act(() -> cases.decide(penaltyCase.id(), kind, proposedAmount, kind == PenaltyKind.PERIODIC ? days : null, reasoning),
                "pen.decided", this::decisionField)) {
            calculation = null;
        }
    }

    public void close() {
        if (act(() -> cases.close(penaltyCase.id(), reason), "pen.closed", path -> "close:reason")) {
            reason = null;
        }
    }

    public void withdraw() {
        if (act(() -> cases.withdraw(penaltyCase.id(), reason), "pen.withdrawn", path -> "withdraw:reason")) {
            reason = null;
        }
    }

    /** The cap refusal (field proposedAmount) is a page message, the Article in it; other fields at their input. */
    private String decisionField(String path) {
        if (path.endsWith("reasoning")) {
            return "decide:reasoning";
        }
        if (path.endsWith("days")) {
            return "decide:days";
        }
        return null;
    }

    private boolean act(Supplier<PenaltyCaseView> move, String done, java.util.function.Function<String, String> field) {
        try {
            show(move.get());
            feedback.info(done);
            return true;
        } catch (RuntimeException e) {
            FacesContext.getCurrentInstance().validationFailed();
            if (!feedback.showRefusal(e, field)) {
                throw e;
            }
            return false;
        }
    }

    private boolean possible(String event) {
        return penaltyCase != null && penaltyCase.possibleEvents().contains(event);
    }

    public boolean isOpen() {
        return possible("DECIDE");
    }

    public boolean isClosable() {
        return possible("CLOSE");
    }

    public boolean isWithdrawable() {
        return possible("WITHDRAW");
    }

    public boolean isFound() {
        return penaltyCase != null;
    }

    public PenaltyCaseView getPenaltyCase() {
        return penaltyCase;
    }

    public List<PenaltyCaseView.HistoryRow> getTimeline() {
        return penaltyCase == null ? List.of() : penaltyCase.history().stream()
                .sorted(Comparator.comparing(PenaltyCaseView.HistoryRow::at).thenComparing(h -> h.from() != null)).toList();
    }

    public List<FactorRow> getChecklist() {
        return checklist;
    }

    public List<FactorAssessment> getAssessments() {
        return List.of(FactorAssessment.values());
    }

    public List<PenaltyKind> getKinds() {
        return List.of(PenaltyKind.values());
    }

    public PenaltyCalculation getCalculation() {
        return calculation;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public BigDecimal getAnnualTurnover() {
        return annualTurnover;
    }

    public void setAnnualTurnover(BigDecimal annualTurnover) {
        this.annualTurnover = annualTurnover;
    }

    public Integer getBusinessYear() {
        return businessYear;
    }

    public void setBusinessYear(Integer businessYear) {
        this.businessYear = businessYear;
    }

    public Integer getBusinessYearDays() {
        return businessYearDays;
    }

    public void setBusinessYearDays(Integer businessYearDays) {
        this.businessYearDays = businessYearDays;
    }

    public PenaltyKind getKind() {
        return kind;
    }

    public void setKind(PenaltyKind kind) {
        this.kind = kind;
    }

    public BigDecimal getProposedAmount() {
        return proposedAmount;
    }

    public void setProposedAmount(BigDecimal proposedAmount) {
        this.proposedAmount = proposedAmount;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }

    public String getReasoning() {
        return reasoning;
    }

    public void setReasoning(String reasoning) {
        this.reasoning = reasoning;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

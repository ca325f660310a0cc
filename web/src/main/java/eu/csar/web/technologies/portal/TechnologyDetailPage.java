package eu.csar.web.technologies.portal;

import eu.csar.shared.domain.UnknownObjectException;
import eu.csar.technologies.api.TechnologyId;
import eu.csar.technologies.application.TechnologyRegister;
import eu.csar.technologies.application.TechnologyView;
import eu.csar.web.platform.portal.FeedbackBean;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One entry of the technology register ({@code /portal/technologies/technology.xhtml?id=}): what it
 * describes with its error rates and how they were measured, the internal notes, the approval path
 * (the awaited opinion's due time, overdue or extended; both opinions once recorded), the moves the
 * path allows now as buttons for administrators (auditors read), while a DRAFT a form to correct its
 * description and error rates (read-only once it went to the committee), and the timeline. A wrong id
 * reads as not found.
 */
@Named
@ViewScoped
public class TechnologyDetailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TechnologyRegister register;

    @Inject
    FeedbackBean feedback;

    private String id;
    private TechnologyView technology;
    private String reason;
    private LocalDate opinionDate;
    private Boolean favourable;
    private String opinionReference;
    private String draftDescription;
    private BigDecimal draftFalsePositiveRate;
    private BigDecimal draftFalseNegativeRate;
    private String draftErrorRateMethod;

    /** f:viewAction */
    public void load() {
        technology = null;
        TechnologyId parsed = parse(id);
        if (parsed == null) {
            return;
        }
        try {
            technology = register.technology(parsed);
            fillDraftForm();
        } catch (UnknownObjectException e) {
            // the page says "not found" itself
        } catch (RuntimeException e) {
            if (!feedback.showRefusal(e)) {
                throw e;
            }
        }
    }

    static TechnologyId parse(String text) {
        try {
            return text == null || text.isBlank() ? null : new TechnologyId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Saves the DRAFT's edited description and error rates (the form holds what the entry says now). */
    public void saveDraft() {
        act(() -> register.editDraft(technology.id(), draftDescription, draftFalsePositiveRate, draftFalseNegativeRate,
                draftErrorRateMethod), "tech.done.EDIT_DRAFT", TechnologyDetailPage::draftFieldFor);
    }

    /** The draft form's field for a refusal of the edit: the service's parameters by position, the entry's checks by name. */
    static String draftFieldFor(String path) {
        String last = path == null ? "" : path.substring(path.lastIndexOf('.') + 1);
        return switch (last) {
            case "arg1" -> "draft:description";
            case "arg2" -> "draft:falsePositiveRate";
            case "arg3" -> "draft:falseNegativeRate";
            case "arg4" -> "draft:errorRateMethod";
            default -> fieldFor(path);
        };
    }

    private void fillDraftForm() {
        draftDescription = technology.description();
        draftFalsePositiveRate = technology.falsePositiveRate().stripTrailingZeros();
        draftFalseNegativeRate = technology.falseNegativeRate().stripTrailingZeros();
        draftErrorRateMethod = technology.errorRateMethod();
    }

    public void submitToCommittee() {
        act(() -> register.submitToCommittee(technology.id(), reason), "tech.done.SUBMIT_TO_COMMITTEE");
    }

    public void consultEdpb() {
        act(() -> register.consultEdpb(technology.id(), reason), "tech.done.CONSULT_EDPB");
    }

    public void extend() {
        act(() -> register.extendOpinionPeriod(technology.id(), reason), "tech.done.EXTEND_OPINION_PERIOD");
    }

    /** Records the opinion awaited now: the committee's or the EDPB's. */
    public void recordOpinion() {
        if (possible("RECORD_COMMITTEE_OPINION")) {
            act(() -> register.recordCommitteeOpinion(technology.id(), opinionDate, favourable, opinionReference),
                    "tech.done.RECORD_COMMITTEE_OPINION");
        } else {
            act(() -> register.recordEdpbOpinion(technology.id(), opinionDate, favourable, opinionReference),
                    "tech.done.RECORD_EDPB_OPINION");
        }
    }

    public void approve() {
        act(() -> register.approve(technology.id(), reason), "tech.done.APPROVE");
    }

    public void reject() {
        act(() -> register.reject(technology.id(), reason), "tech.done.REJECT");
    }

    public void withdraw() {
        act(() -> register.withdraw(technology.id(), reason), "tech.done.WITHDRAW");
    }

    /** The opinion form's field for a refusal's path; the reason field for the rest; null for a page message. */
    static String fieldFor(String path) {
        String last = path == null ? "" : path.substring(path.lastIndexOf('.') + 1);
        return switch (last) {
            case "opinionDate" -> "opinion:date";
            case "favourable" -> "opinion:favourable";
            case "opinionReference" -> "opinion:reference";
            case "reason" -> "moves:reason";
            case "description" -> "draft:description";
            case "falsePositiveRate" -> "draft:falsePositiveRate";
            case "falseNegativeRate" -> "draft:falseNegativeRate";
            case "errorRateMethod" -> "draft:errorRateMethod";
            default -> null;
        };
    }

    private void act(Supplier<TechnologyView> move, String done) {
        act(move, done, TechnologyDetailPage::fieldFor);
    }

    private void act(Supplier<TechnologyView> move, String done, Function<String, String> fields) {
        try {
            technology = move.get();
            feedback.info(done, technology.reference());
            reason = null;
            opinionDate = null;
            favourable = null;
            opinionReference = null;
            fillDraftForm();
        } catch (RuntimeException e) {
            FacesContext.getCurrentInstance().validationFailed();
            if (!feedback.showRefusal(e, fields)) {
                throw e;
            }
        }
    }

    private boolean possible(String event) {
        return technology != null && technology.possibleEvents().contains(event);
    }

    public boolean allows(String event) {
        return possible(event);
    }

    /** Whether an opinion can be recorded now (the committee's or the EDPB's). */
    public boolean isOpinionAwaited() {
        return possible("RECORD_COMMITTEE_OPINION") || possible("RECORD_EDPB_OPINION");
    }

    /** Whether a move that takes a reason is allowed now. */
    public boolean isMovable() {
        return technology != null && !technology.possibleEvents().isEmpty();
    }

    public boolean isFound() {
        return technology != null;
    }

    public TechnologyView getTechnology() {
        return technology;
    }

    public List<TechnologyView.HistoryRow> getTimeline() {
        return technology == null ? List.of() : technology.history().stream()
                .sorted(Comparator.comparing(TechnologyView.HistoryRow::at).thenComparing(h -> h.from() != null)).toList();
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

    public String getDraftDescription() {
        return draftDescription;
    }

    public void setDraftDescription(String draftDescription) {
        this.draftDescription = draftDescription;
    }

    public BigDecimal getDraftFalsePositiveRate() {
        return draftFalsePositiveRate;
    }

    public void setDraftFalsePositiveRate(BigDecimal draftFalsePositiveRate) {
        this.draftFalsePositiveRate = draftFalsePositiveRate;
    }

    public BigDecimal getDraftFalseNegativeRate() {
        return draftFalseNegativeRate;
    }

    public void setDraftFalseNegativeRate(BigDecimal draftFalseNegativeRate) {
        this.draftFalseNegativeRate = draftFalseNegativeRate;
    }

    public String getDraftErrorRateMethod() {
        return draftErrorRateMethod;
    }

    public void setDraftErrorRateMethod(String draftErrorRateMethod) {
        this.draftErrorRateMethod = draftErrorRateMethod;
    }

    public LocalDate getOpinionDate() {
        return opinionDate;
    }

    public void setOpinionDate(LocalDate opinionDate) {
        this.opinionDate = opinionDate;
    }

    public Boolean getFavourable() {
        return favourable;
    }

    public void setFavourable(Boolean favourable) {
        this.favourable = favourable;
    }

    public String getOpinionReference() {
        return opinionReference;
    }

    public void setOpinionReference(String opinionReference) {
        this.opinionReference = opinionReference;
    }
}

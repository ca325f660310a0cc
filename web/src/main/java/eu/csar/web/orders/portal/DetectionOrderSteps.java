package eu.csar.web.orders.portal;

import eu.csar.legal.api.LegalPeriod;
import eu.csar.orders.api.DetectionOrderId;
import eu.csar.orders.application.DetectionOrderExecutions;
import eu.csar.orders.application.DetectionOrderView;
import eu.csar.orders.application.DetectionOrders;
import eu.csar.web.platform.portal.FeedbackBean;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.function.Supplier;

/**
 * The consultation steps on a detection order's page, as the workflow allows them: the Coordinating
 * Authority sends the draft for consultation with the provider's comment period (in weeks), adjusts
 * it, records the data-protection authority's opinion on a grooming plan, submits it to the issuing
 * authority or withdraws it, and clarifies an order the provider answered with Annex II, which
 * resumes it; EU Centre staff give the Centre's opinion. The provider comments and
 * records its plan and DPIA over the partner API. Each step is the service's; a refusal is shown
 * next to the step's field.
 */
@Named
@ViewScoped
public class DetectionOrderSteps implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DetectionOrders orders;

    @Inject
    DetectionOrderExecutions executions;

    @Inject
    DetectionOrderDetailPage page;

    @Inject
    FeedbackBean feedback;

    private Integer commentWeeks;
    private String adjustment;
    private String opinion;
    private String dpaOpinion;
    private String withdrawal;
    private String clarification;

    public void sendForConsultation() {
        if (commentWeeks == null || commentWeeks < 1) {
            FacesContext.getCurrentInstance().validationFailed();
            feedback.error("do.step.weeksRequired");
            return;
        }
        if (step("consult:weeks", "do.step.sent", () -> orders.sendForConsultation(id(), LegalPeriod.weeks(commentWeeks)))) {
            commentWeeks = null;
        }
    }

    public void adjust() {
        if (step("adjust:text", "do.step.adjusted", () -> orders.adjust(id(), adjustment))) {
            adjustment = null;
        }
    }

    public void giveOpinion() {
        if (step("opinion:text", "do.step.opinionGiven", () -> orders.giveOpinion(id(), opinion))) {
            opinion = null;
        }
    }

    public void recordDpaOpinion() {
        if (step("dpa:text", "do.step.dpaRecorded", () -> orders.recordDpaOpinion(id(), dpaOpinion))) {
            dpaOpinion = null;
        }
    }

    public void submit() {
        step(null, "do.step.submitted", () -> orders.submit(id()));
    }

    public void withdraw() {
        if (step("withdraw:text", "do.step.withdrawn", () -> orders.withdraw(id(), withdrawal))) {
            withdrawal = null;
        }
    }

    /** The Coordinating Authority's clarification after the provider's Annex II answer: the order resumes. */
    public void clarify() {
        if (step("clarify:text", "do.step.clarified", () -> executions.clarify(id(), clarification))) {
            clarification = null;
        }
    }

    private DetectionOrderId id() {
        return page.getOrder().id();
    }

    /** One step through the service: the page shows the order it left, or the refusal at {@code field}. */
    private boolean step(String field, String done, Supplier<DetectionOrderView> move) {
        try {
            page.show(move.get());
            feedback.info(done);
            return true;
        } catch (RuntimeException e) {
            FacesContext.getCurrentInstance().validationFailed();
            if (!feedback.showRefusal(e, path -> field)) {
                throw e;
            }
            return false;
        }
    }

    public Integer getCommentWeeks() {
        return commentWeeks;
    }

    public void setCommentWeeks(Integer commentWeeks) {
        this.commentWeeks = commentWeeks;
    }

    public String getAdjustment() {
        return adjustment;
    }

    public void setAdjustment(String adjustment) {
        this.adjustment = adjustment;
    }

    public String getOpinion() {
        return opinion;
    }

    public void setOpinion(String opinion) {
        this.opinion = opinion;
    }

    public String getDpaOpinion() {
        return dpaOpinion;
    }

    public void setDpaOpinion(String dpaOpinion) {
        this.dpaOpinion = dpaOpinion;
    }

    public String getWithdrawal() {
        return withdrawal;
    }

    public void setWithdrawal(String withdrawal) {
        this.withdrawal = withdrawal;
    }

    public String getClarification() {
        return clarification;
    }

    public void setClarification(String clarification) {
        this.clarification = clarification;
    }
}

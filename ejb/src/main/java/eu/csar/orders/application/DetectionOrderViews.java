package eu.csar.orders.application;

import eu.csar.orders.domain.DetectionOrder;
import eu.csar.orders.domain.DetectionOrderExecution;

import java.util.List;

/** Turns detection orders into the views services return. */
final class DetectionOrderViews {

    private DetectionOrderViews() {
    }

    static DetectionOrderView view(DetectionOrder o) {
        return new DetectionOrderView(o.id(), o.version(), o.reference(), o.memberState(), o.providerId(), o.providerName(),
                o.addressedTo(), o.contactEmail(), o.service(), o.detectionType(), List.copyOf(o.indicatorSets()),
                o.duration().iso(), o.safeguards(), o.technologyReference(), o.reasons(), o.profile(), o.state(),
                o.possibleEvents().stream().map(Enum::name).sorted().toList(), o.draftedBy(), o.draftedAt(),
                o.commentPeriod().map(p -> p.iso()).orElse(null), o.consultationSentAt(), o.commentsDueAt(),
                o.opinionDueAt(), o.providerComments(), o.commentsAt(), o.centreOpinion(), o.opinionAt(), o.adjustments(),
                o.adjustedAt(), o.implementationPlan(), o.planAt(), o.dpia(), o.dpiaAt(), o.dpaOpinion(), o.dpaOpinionAt(),
                o.submittedAt(), o.issuingAuthority(), o.decidedBy(), o.decidedAt(), o.decisionReasons(), o.startAt(),
                o.endAt(), o.transmittedAt(), o.receivedAt(), o.appealWindowClosesAt(), o.finalAt(), o.inForceAt(),
                o.endedAt(), o.grants(),
                o.history().stream().map(h -> new DetectionOrderView.HistoryRow(h.fromState().orElse(null), h.event(),
                        h.toState(), h.occurredAt(), h.actor(), h.reason(), h.legalBasis())).toList(),
                execution(o.execution()), o.replaces().orElse(null), o.replacedBy().orElse(null),
                o.riskAssessment().orElse(null));
    }

    private static DetectionOrderView.Execution execution(DetectionOrderExecution e) {
        return new DetectionOrderView.Execution(e.midTermReportDueAt().orElse(null), e.midTermReport(), e.midTermReportAt(),
                e.annexIiGround().orElse(null), e.annexIiExplanation(), e.clarificationRequested(), e.annexIiAt(),
                e.clarification(), e.clarifiedAt());
    }
}

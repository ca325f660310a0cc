package eu.csar.web.orders.rest;

import eu.csar.orders.application.DetectionOrderView;

import java.time.Instant;
import java.util.List;

/**
 * A detection order as the partner API shows it: ids and codes as strings, times as UTC instants,
 * periods as ISO 8601 ({@code duration}, {@code commentPeriod}); {@code verificationHash}, once the
 * order is issued, is the SHA-256 of its canonical issue data, as printed on its Annex I PDF (null before);
 * {@code riskAssessmentId} is the provider's risk assessment the request started from (null for none).
 */
public record DetectionOrderDto(String id, long version, String reference, String verificationHash, String memberState,
                                String providerId,
                                String providerName, String addressedTo, String contactEmail, String service, String type,
                                List<String> indicatorSets, String duration, String safeguards, String technologyReference,
                                String reasons, String profile, int profileVersion, String state, List<String> possibleEvents,
                                String draftedBy, String draftedAt, String commentPeriod, String consultationSentAt,
                                String commentsDueAt, String opinionDueAt, String providerComments, String commentsAt,
                                String centreOpinion, String opinionAt, String adjustments, String adjustedAt,
                                String implementationPlan, String planAt, String dpia, String dpiaAt, String dpaOpinion,
                                String dpaOpinionAt, String submittedAt, String issuingAuthority, String decidedBy,
                                String decidedAt, String decisionReasons, String start, String end, String transmittedAt,
                                String receivedAt, String appealWindowClosesAt, String finalAt, String inForceAt,
                                String endedAt, List<String> grants, List<HistoryRow> history, Execution execution,
                                String replaces, String replacedBy, String riskAssessmentId) {

    /** The mid-term report and the provider's latest Annex II answer with the clarification; absent parts are null. */
    public record Execution(String midTermReportDueAt, String midTermReport, String midTermReportAt, String annexIiGround,
                            String annexIiExplanation, String clarificationRequested, String annexIiAt,
                            String clarification, String clarifiedAt) {
    }

    public record HistoryRow(String from, String event, String to, String at, String actor, String reason, String legalBasis) {
    }

    static DetectionOrderDto of(DetectionOrderView v) {
        return new DetectionOrderDto(v.id().toString(), v.version(), v.reference(), v.verificationHash(), v.memberState().name(),
                v.provider().toString(), v.providerName(), v.addressedTo().name(), v.contactEmail(), v.service(),
                v.type().name(), v.indicatorSets().stream().map(Object::toString).toList(), v.duration(), v.safeguards(),
                v.technologyReference(), v.reasons(), v.profile().profileId(), v.profile().version(), v.state().name(),
                v.possibleEvents(), v.draftedBy(), t(v.draftedAt()), v.commentPeriod(), t(v.consultationSentAt()),
                t(v.commentsDueAt()), t(v.opinionDueAt()), v.providerComments(), t(v.commentsAt()), v.centreOpinion(),
                t(v.opinionAt()), v.adjustments(), t(v.adjustedAt()), v.implementationPlan(), t(v.planAt()), v.dpia(),
                t(v.dpiaAt()), v.dpaOpinion(), t(v.dpaOpinionAt()), t(v.submittedAt()), v.issuingAuthority(), v.decidedBy(),
                t(v.decidedAt()), v.decisionReasons(), t(v.start()), t(v.end()), t(v.transmittedAt()), t(v.receivedAt()),
                t(v.appealWindowClosesAt()), t(v.finalAt()), t(v.inForceAt()), t(v.endedAt()),
                v.grants().stream().map(Object::toString).toList(),
                v.history().stream().map(h -> new HistoryRow(h.from() == null ? null : h.from().name(), h.event(),
                        h.to().name(), t(h.at()), h.actor(), h.reason(), h.legalBasis())).toList(),
                execution(v.execution()), v.replaces() == null ? null : v.replaces().toString(),
                v.replacedBy() == null ? null : v.replacedBy().toString(),
                v.riskAssessment() == null ? null : v.riskAssessment().toString());
    }

    private static Execution execution(DetectionOrderView.Execution e) {
        return new Execution(t(e.midTermReportDueAt()), e.midTermReport(), t(e.midTermReportAt()),
                e.annexIiGround() == null ? null : e.annexIiGround().name(), e.annexIiExplanation(),
                e.clarificationRequested(), t(e.annexIiAt()), e.clarification(), t(e.clarifiedAt()));
    }

    private static String t(Instant at) {
        return at == null ? null : at.toString();
    }
}

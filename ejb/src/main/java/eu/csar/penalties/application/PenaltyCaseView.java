package eu.csar.penalties.application;

import eu.csar.penalties.api.FactorAssessment;
import eu.csar.penalties.api.LinkKind;
import eu.csar.penalties.api.PenaltyCaseId;
import eu.csar.penalties.api.PenaltyCaseState;
import eu.csar.penalties.api.PenaltyKind;
import eu.csar.penalties.api.PenaltyStep;
import eu.csar.penalties.domain.PenaltyCase;
import eu.csar.penalties.domain.PenaltyCaseFactor;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A penalty case file as its Coordinating Authority reads it, detached from the entity: the checklist
 * lists every factor of the case's profile version, assessed or not (assessment null), in the
 * profile's order; the decision with the calculator's steps once decided.
 */
public record PenaltyCaseView(PenaltyCaseId id, long version, String caseNumber, MemberState memberState, ProviderId provider,
                              String providerName, String profile, String summary, PenaltyCaseState state,
                              List<String> possibleEvents, String openedBy, Instant openedAt, List<Link> links,
                              List<Factor> factors, List<String> missingFactors, BigDecimal annualTurnover,
                              Integer businessYear, Integer businessYearDays, Decision decision, List<HistoryRow> history)
        implements Serializable {

    public record Link(LinkKind kind, UUID id, String reference) implements Serializable {
    }

    public record Factor(String factor, FactorAssessment assessment, String note) implements Serializable {
    }

    public record Decision(PenaltyKind kind, BigDecimal amount, Integer days, BigDecimal cap, BigDecimal total,
                           BigDecimal maximumTotal, String article, String reasoning, String decidedBy, Instant decidedAt,
                           List<PenaltyStep> steps) implements Serializable {
    }

    public record HistoryRow(PenaltyCaseState from, String event, PenaltyCaseState to, Instant at, String actor, String reason,
                             String legalBasis) implements Serializable {
    }

    static PenaltyCaseView of(PenaltyCase c, List<String> listed) {
        Map<String, PenaltyCaseFactor> assessed = c.factors().stream()
                .collect(Collectors.toMap(PenaltyCaseFactor::factor, Function.identity()));
        List<Factor> checklist = listed.stream().map(f -> {
            PenaltyCaseFactor a = assessed.get(f);
            return new Factor(f, a == null ? null : a.assessment(), a == null ? null : a.note());
        }).toList();
        Decision decision = c.decisionKind() == null ? null : new Decision(c.decisionKind(), c.decisionAmount(), c.decisionDays(),
                c.decisionCap(), c.decisionTotal(), c.decisionMaximumTotal(), c.decisionArticle(), c.decisionReasoning(),
                c.decidedBy(), c.decidedAt(), List.copyOf(c.decisionSteps()));
        return new PenaltyCaseView(c.id(), c.version(), c.caseNumber(), c.memberState(), c.providerId(), c.providerName(),
                c.profileId() + " v" + c.profileVersion(), c.summary(), c.state(),
                c.possibleEvents().stream().map(Enum::name).sorted().toList(), c.openedBy(), c.openedAt(),
                c.links().stream().map(l -> new Link(l.kind(), l.objectId(), l.reference())).toList(), checklist,
                c.missingFactors(listed), c.annualTurnover(), c.businessYear(), c.businessYearDays(), decision,
                c.history().stream().map(h -> new HistoryRow(h.fromState().orElse(null), h.event(), h.toState(), h.occurredAt(),
                        h.actor(), h.reason(), h.legalBasis())).toList());
    }

    /** A line of the list: no turnover, no decision text. */
    public record Summary(PenaltyCaseId id, long version, String caseNumber, MemberState memberState, String providerName,
                          PenaltyCaseState state, Instant openedAt, PenaltyKind decisionKind, BigDecimal decisionTotal)
            implements Serializable {

        static Summary of(PenaltyCase c) {
            return new Summary(c.id(), c.version(), c.caseNumber(), c.memberState(), c.providerName(), c.state(), c.openedAt(),
                    c.decisionKind(), c.decisionTotal());
        }
    }

    /** One page of the list, newest first. */
    public record Page(List<Summary> items, int page, int size, long total) implements Serializable {
    }
}

package eu.csar.risk.domain;

import eu.csar.risk.api.RiskAssessmentState;
import eu.csar.shared.domain.TransitionTable;

import static eu.csar.risk.api.RiskAssessmentState.ACCEPTED;
import static eu.csar.risk.api.RiskAssessmentState.INFORMATION_REQUESTED;
import static eu.csar.risk.api.RiskAssessmentState.MEASURES_REQUIRED;
import static eu.csar.risk.api.RiskAssessmentState.SUBMITTED;
import static eu.csar.risk.api.RiskAssessmentState.SUPERSEDED;

/**
 * The review of a risk assessment (Art 5), in one table: SUBMITTED -ACCEPT-> ACCEPTED;
 * SUBMITTED -REQUEST_INFORMATION-> INFORMATION_REQUESTED -SUPPLEMENT-> SUBMITTED;
 * SUBMITTED -REQUIRE_MEASURES-> MEASURES_REQUIRED -SUPPLEMENT-> SUBMITTED; a risk category may be
 * assigned in every state but SUPERSEDED (the state stays); the provider's next assessment
 * supersedes this one from every state but SUPERSEDED.
 */
public final class RiskAssessmentLifecycle {

    /** The state of a newly submitted assessment. */
    public static final RiskAssessmentState INITIAL = SUBMITTED;

    /** The event name of the first history row, written when the assessment is submitted. */
    public static final String SUBMIT = "SUBMIT";

    public static final TransitionTable<RiskAssessmentState, RiskAssessmentEvent> TABLE =
            TransitionTable.of("risk assessment", RiskAssessmentState.class, RiskAssessmentEvent.class)
                    .allow(SUBMITTED, RiskAssessmentEvent.ACCEPT, ACCEPTED)
                    .allow(SUBMITTED, RiskAssessmentEvent.REQUEST_INFORMATION, INFORMATION_REQUESTED)
                    .allow(SUBMITTED, RiskAssessmentEvent.REQUIRE_MEASURES, MEASURES_REQUIRED)
                    .allow(INFORMATION_REQUESTED, RiskAssessmentEvent.SUPPLEMENT, SUBMITTED)
                    .allow(MEASURES_REQUIRED, RiskAssessmentEvent.SUPPLEMENT, SUBMITTED)
                    .allow(SUBMITTED, RiskAssessmentEvent.ASSIGN_CATEGORY, SUBMITTED)
                    .allow(INFORMATION_REQUESTED, RiskAssessmentEvent.ASSIGN_CATEGORY, INFORMATION_REQUESTED)
                    .allow(MEASURES_REQUIRED, RiskAssessmentEvent.ASSIGN_CATEGORY, MEASURES_REQUIRED)
                    .allow(ACCEPTED, RiskAssessmentEvent.ASSIGN_CATEGORY, ACCEPTED)
                    .allow(SUBMITTED, RiskAssessmentEvent.SUPERSEDE, SUPERSEDED)
                    .allow(INFORMATION_REQUESTED, RiskAssessmentEvent.SUPERSEDE, SUPERSEDED)
                    .allow(MEASURES_REQUIRED, RiskAssessmentEvent.SUPERSEDE, SUPERSEDED)
                    .allow(ACCEPTED, RiskAssessmentEvent.SUPERSEDE, SUPERSEDED)
                    .build();

    private RiskAssessmentLifecycle() {
    }
}

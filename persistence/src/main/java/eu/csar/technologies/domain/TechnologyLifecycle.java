package eu.csar.technologies.domain;

import eu.csar.shared.domain.TransitionTable;
import eu.csar.technologies.api.TechnologyState;

import static eu.csar.technologies.api.TechnologyState.APPROVED;
import static eu.csar.technologies.api.TechnologyState.COMMITTEE_OPINION;
import static eu.csar.technologies.api.TechnologyState.DRAFT;
import static eu.csar.technologies.api.TechnologyState.EDPB_CONSULTED;
import static eu.csar.technologies.api.TechnologyState.EDPB_OPINION;
import static eu.csar.technologies.api.TechnologyState.REJECTED;
import static eu.csar.technologies.api.TechnologyState.SUBMITTED_TO_COMMITTEE;
import static eu.csar.technologies.api.TechnologyState.WITHDRAWN;

/**
 * The approval path of a register entry (Art 50(1)), in one table: DRAFT -SUBMIT_TO_COMMITTEE->
 * SUBMITTED_TO_COMMITTEE -RECORD_COMMITTEE_OPINION-> COMMITTEE_OPINION -CONSULT_EDPB-> EDPB_CONSULTED
 * -RECORD_EDPB_OPINION-> EDPB_OPINION -APPROVE-> APPROVED | -REJECT-> REJECTED; a committee opinion may
 * end the path at once (REJECT); while an opinion is awaited its period may be extended (a move onto
 * the same state, once per opinion: {@link Technology} refuses a second); APPROVED -WITHDRAW->
 * WITHDRAWN, and a DRAFT may be abandoned the same way; only a DRAFT's description and error rates may
 * be edited (EDIT_DRAFT, a move onto DRAFT itself).
 */
public final class TechnologyLifecycle {

    /** The state of a new entry. */
    public static final TechnologyState INITIAL = DRAFT;

    /** The event name of the first history row, written when the entry is created. */
    public static final String CREATE_EVENT = "CREATE";

    public static final TransitionTable<TechnologyState, TechnologyEvent> TABLE =
            TransitionTable.of("technology", TechnologyState.class, TechnologyEvent.class)
                    .allow(DRAFT, TechnologyEvent.SUBMIT_TO_COMMITTEE, SUBMITTED_TO_COMMITTEE)
                    .allow(DRAFT, TechnologyEvent.WITHDRAW, WITHDRAWN)
                    .allow(DRAFT, TechnologyEvent.EDIT_DRAFT, DRAFT)
                    .allow(SUBMITTED_TO_COMMITTEE, TechnologyEvent.EXTEND_OPINION_PERIOD, SUBMITTED_TO_COMMITTEE)
                    .allow(SUBMITTED_TO_COMMITTEE, TechnologyEvent.RECORD_COMMITTEE_OPINION, COMMITTEE_OPINION)
                    .allow(COMMITTEE_OPINION, TechnologyEvent.CONSULT_EDPB, EDPB_CONSULTED)
                    .allow(COMMITTEE_OPINION, TechnologyEvent.REJECT, REJECTED)
                    .allow(EDPB_CONSULTED, TechnologyEvent.EXTEND_OPINION_PERIOD, EDPB_CONSULTED)
                    .allow(EDPB_CONSULTED, TechnologyEvent.RECORD_EDPB_OPINION, EDPB_OPINION)
                    .allow(EDPB_OPINION, TechnologyEvent.APPROVE, APPROVED)
                    .allow(EDPB_OPINION, TechnologyEvent.REJECT, REJECTED)
                    .allow(APPROVED, TechnologyEvent.WITHDRAW, WITHDRAWN)
                    .build();

    private TechnologyLifecycle() {
    }
}

package eu.csar.technologies.domain;

import eu.csar.audit.api.AuditAction;

/** What the technology register records on the audit trail (Art 50): every write, and the reads of the full register. */
public enum TechnologyAction implements AuditAction {
    TECHNOLOGY_CREATED,
    TECHNOLOGY_SUBMITTED_TO_COMMITTEE,
    TECHNOLOGY_OPINION_PERIOD_EXTENDED,
    TECHNOLOGY_COMMITTEE_OPINION_RECORDED,
    TECHNOLOGY_EDPB_CONSULTED,
    TECHNOLOGY_EDPB_OPINION_RECORDED,
    TECHNOLOGY_APPROVED,
    TECHNOLOGY_REJECTED,
    TECHNOLOGY_WITHDRAWN,
    /** A DRAFT's description or error rates were edited. */
    TECHNOLOGY_DRAFT_EDITED,
    /** An awaited opinion's period ended without the opinion (told by the deadline service). */
    TECHNOLOGY_OPINION_OVERDUE,
    /** An entry of the full register was read. */
    TECHNOLOGY_READ,
    /** The full register was listed. */
    TECHNOLOGY_LIST_READ;

    @Override
    public String objectType() {
        return "Technology";
    }

    /** The action recording a move of the approval path. */
    public static TechnologyAction of(TechnologyEvent event) {
        return switch (event) {
            case SUBMIT_TO_COMMITTEE -> TECHNOLOGY_SUBMITTED_TO_COMMITTEE;
            case EXTEND_OPINION_PERIOD -> TECHNOLOGY_OPINION_PERIOD_EXTENDED;
            case RECORD_COMMITTEE_OPINION -> TECHNOLOGY_COMMITTEE_OPINION_RECORDED;
            case CONSULT_EDPB -> TECHNOLOGY_EDPB_CONSULTED;
            case RECORD_EDPB_OPINION -> TECHNOLOGY_EDPB_OPINION_RECORDED;
            case APPROVE -> TECHNOLOGY_APPROVED;
            case REJECT -> TECHNOLOGY_REJECTED;
            case WITHDRAW -> TECHNOLOGY_WITHDRAWN;
            case EDIT_DRAFT -> TECHNOLOGY_DRAFT_EDITED;
        };
    }
}

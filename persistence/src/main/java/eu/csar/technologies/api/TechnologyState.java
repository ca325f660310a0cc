package eu.csar.technologies.api;

/**
 * Where an entry of the technology register stands on its approval path (Art 50(1)): DRAFT while
 * the Centre describes it; SUBMITTED_TO_COMMITTEE while the Technology Committee's opinion is awaited;
 * COMMITTEE_OPINION once it is recorded; EDPB_CONSULTED while the European Data Protection Board's
 * opinion is awaited; EDPB_OPINION once it is recorded; APPROVED on the list providers see; REJECTED
 * not listed; WITHDRAWN taken off the list (or abandoned as a draft).
 */
public enum TechnologyState {
    DRAFT,
    SUBMITTED_TO_COMMITTEE,
    COMMITTEE_OPINION,
    EDPB_CONSULTED,
    EDPB_OPINION,
    APPROVED,
    REJECTED,
    WITHDRAWN
}

package eu.csar.technologies.domain;

/**
 * What moves an entry of the technology register, each with the provision it rests on (written into
 * the history row). CREATE starts the history and is not in the table.
 */
public enum TechnologyEvent {
    /** Centre staff correct what a DRAFT describes (description, error rates, how they were measured); a move onto DRAFT itself. */
    EDIT_DRAFT("Art 50(1); platform rule, pending legal review"),
    /** The Centre asks its Technology Committee for an opinion before listing the technology. */
    SUBMIT_TO_COMMITTEE("Art 50(1), Art 66"),
    /** The consulted body (committee or EDPB) extends its period once, for the complexity of the matter. */
    EXTEND_OPINION_PERIOD("Art 50(1), third subparagraph"),
    /** The Technology Committee's opinion is recorded (date, favourable or not, reference). */
    RECORD_COMMITTEE_OPINION("Art 50(1), Art 66"),
    /** The Centre asks the European Data Protection Board for its opinion. */
    CONSULT_EDPB("Art 50(1)"),
    /** The EDPB's opinion is recorded (date, favourable or not, reference). */
    RECORD_EDPB_OPINION("Art 50(1)"),
    /** The technology is put on the list providers see, after two favourable opinions. */
    APPROVE("Art 50(1); both opinions favourable: platform rule, pending legal review"),
    /** The technology is not listed. */
    REJECT("Art 50(1)"),
    /** An approved technology is taken off the list, or a draft abandoned. */
    WITHDRAW("Art 50(1); platform rule, pending legal review");

    private final String legalBasis;

    TechnologyEvent(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String legalBasis() {
        return legalBasis;
    }
}

package eu.csar.penalties.domain;

import eu.csar.penalties.api.FactorAssessment;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One assessed factor of Art 35(6) in a case file: the factor, how it weighs, the note. */
@Embeddable
public class PenaltyCaseFactor {

    @Column(name = "factor", nullable = false)
    private String factor;

    @Enumerated(EnumType.STRING)
    @Column(name = "assessment", nullable = false)
    private FactorAssessment assessment;

    @Column(name = "note")
    private String note;

    protected PenaltyCaseFactor() {
    }

    PenaltyCaseFactor(String factor, FactorAssessment assessment, String note) {
        this.factor = factor;
        this.assessment = assessment;
        this.note = note;
    }

    public String factor() {
        return factor;
    }

    public FactorAssessment assessment() {
        return assessment;
    }

    /** Why, as the authority wrote it; null if it wrote nothing. */
    public String note() {
        return note;
    }
}

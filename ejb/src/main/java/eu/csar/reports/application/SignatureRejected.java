package eu.csar.reports.application;

import eu.csar.shared.domain.RuleViolationException;

/**
 * A report's signature refused, with the reason: a 400 problem whose violation names the field
 * {@code signature} and whose message starts with the {@link SignatureProblem} code. The report
 * stays as it was (the transaction rolls back; the refusal is audited in its own).
 */
public class SignatureRejected extends RuleViolationException {

    public static final String FIELD = "signature";

    private final SignatureProblem problem;

    public SignatureRejected(SignatureProblem problem, String explanation) {
        super(Code.INVALID, FIELD, problem.name() + ": " + explanation);
        this.problem = problem;
    }

    public SignatureProblem problem() {
        return problem;
    }
}

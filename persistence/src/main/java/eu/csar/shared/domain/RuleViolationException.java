package eu.csar.shared.domain;

import jakarta.ejb.ApplicationException;

/**
 * A request that is well-formed but breaks a rule of the domain or the law (e.g. a duplicate legal
 * name, a stale version, a provider that is suspended). {@code code} is stable: partner APIs map it
 * to a problem type, pages to a message key.
 */
@ApplicationException(rollback = true)
public class RuleViolationException extends RuntimeException {

    public enum Code { DUPLICATE, STALE_VERSION, NOT_PERMITTED_IN_STATE, INVALID }

    private final Code code;
    private final String field;

    public RuleViolationException(Code code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    /** A field whose value breaks a rule: {@code INVALID}, naming the field. */
    public static RuleViolationException invalid(String field, String message) {
        return new RuleViolationException(Code.INVALID, field, message);
    }

    public Code code() {
        return code;
    }

    /** The input field the rule is about, or null when it concerns the whole request. */
    public String field() {
        return field;
    }
}

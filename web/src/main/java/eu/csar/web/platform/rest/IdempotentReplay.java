package eu.csar.web.platform.rest;

import eu.csar.platform.api.StoredAnswer;

/**
 * Carries a kept answer out of an {@link Idempotent} method whose request was answered before, to
 * {@link IdempotentReplayMapper}: an exception, because the method's declared return type (a DTO)
 * cannot carry another response. Not an error: no stack trace, never logged.
 */
public class IdempotentReplay extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient StoredAnswer answer;

    public IdempotentReplay(StoredAnswer answer) {
        super("replayed answer", null, false, false);
        this.answer = answer;
    }

    public StoredAnswer answer() {
        return answer;
    }
}

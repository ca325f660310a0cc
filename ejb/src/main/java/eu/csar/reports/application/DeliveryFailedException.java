package eu.csar.reports.application;

import jakarta.ejb.ApplicationException;

/**
 * One attempt to deliver a forwarded report failed in a way a later attempt may mend (no answer, a
 * 5xx, 408 or 429): the delivery's transaction rolls back and the broker delivers the job again
 * after its backoff. {@code httpStatus} is null when no answer came.
 */
@ApplicationException(rollback = true)
public class DeliveryFailedException extends RuntimeException {

    private final Integer httpStatus;

    public DeliveryFailedException(Integer httpStatus, String message, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
    }

    public Integer httpStatus() {
        return httpStatus;
    }
}

package eu.csar.audit.api;

/**
 * Refusals the transports record before any context's service ran: the container refused the call
 * for the caller's role. The object is the operation (e.g. {@code ProviderResource.open}), named by
 * the platform, never taken from the request.
 */
public enum AccessAction implements AuditAction {
    OPERATION_REFUSED;

    @Override
    public String objectType() {
        return "Operation";
    }
}

package eu.csar.audit.api;

/**
 * An action the audit trail records. Each context lists its own actions as an enum implementing
 * this ({@code RegistryAction.PROVIDER_SUSPENDED}), so that what can appear on the trail is a closed,
 * reviewable set, never free text; the constant's name is the stored code, and the audit screen
 * shows its translated label ({@code auditAction.<CODE>} in the portal's bundle).
 */
public interface AuditAction {

    /** The stored code: the enum constant's name. */
    String name();

    /** The kind of object the action is about ("Provider", "Notification"...), stored with the entry. */
    String objectType();
}

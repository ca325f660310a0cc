package eu.csar.audit.domain;

import eu.csar.audit.api.AuditOutcome;

import java.util.UUID;

/**
 * What one audited action says, before it is sealed into the chain: the actor and what they did
 * to which object, why, and how it ended.
 */
public record AuditRecord(String actor, String roles, String memberStates, UUID providerId,
                          String action, String objectType, String objectId, String purpose,
                          AuditOutcome outcome) {
}

package eu.csar.victims.domain;

import eu.csar.audit.api.AuditAction;

/**
 * What the victims context records on the audit trail (Art 20-21): the Coordinating Authority's steps
 * and everything a survivor does on the victim page (actor {@code system}: the survivor has no
 * account; the object is the case, never a name).
 */
public enum VictimAction implements AuditAction {
    VICTIM_CASE_OPENED,
    VICTIM_CASE_READ,
    VICTIM_CASE_LIST_READ,
    /** A new access code was issued (the previous one, if any, stops working). */
    VICTIM_ACCESS_CODE_ISSUED,
    VICTIM_ACCESS_CODE_REVOKED,
    /** A sign-in on the victim page: success, or refused (wrong code, locked, revoked, address limited). */
    VICTIM_SIGNED_IN,
    VICTIM_SIGNED_OUT,
    /** The survivor sent hashes (an indicator submission of source VICTIM_REQUEST). */
    VICTIM_HASHES_SUBMITTED,
    /** The survivor read the Art 20 summary. */
    VICTIM_SUMMARY_READ,
    /** The survivor asked for help with removal (Art 21): a notice to the Coordinating Authority. */
    VICTIM_REMOVAL_HELP_REQUESTED,
    /** The survivor withdrew every hash they sent: their provenance links are withdrawn. */
    VICTIM_HASHES_WITHDRAWN;

    @Override
    public String objectType() {
        return "VictimCase";
    }
}

package eu.csar.audit.api;

import eu.csar.shared.domain.MemberState;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Someone who acts without an account, as the audit trail names them: {@code <role>:<reference>},
 * where the reference is an identifier the platform issued (the survivor on the victim page is
 * {@code victim:VC-NL-7KQ2M9XD}, the case number; before a sign-in succeeds, {@code victim:unverified}),
 * never a name or anything the person typed. The role goes into the entry's roles, the Member State
 * (the one whose authority the actor deals with, if any) into its Member States, so the entry is
 * found like any account's.
 */
public record AccountlessActor(String role, String reference, MemberState memberState) {

    private static final Pattern ROLE = Pattern.compile("[a-z][a-z-]{0,29}");
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,39}");

    public AccountlessActor {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(reference, "reference");
        if (!ROLE.matcher(role).matches()) {
            throw new IllegalArgumentException("not an actor role: " + role);
        }
        if (!REFERENCE.matcher(reference).matches()) {
            throw new IllegalArgumentException("an accountless actor's reference is an identifier the platform issued");
        }
    }

    /** The actor column's value: {@code role:reference}. */
    public String name() {
        return role + ":" + reference;
    }
}

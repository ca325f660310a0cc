package eu.csar.notification.api;

import eu.csar.shared.domain.MemberState;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * Whose inbox a notification lands in: the Coordinating Authority of one Member State (written as
 * its code, {@code NL}) or the EU Centre ({@code EU_CENTRE}). An inbox belongs to the authority,
 * not to one of its users: the first user who marks a notification read marks it for all.
 */
public record InboxAddress(String code) implements Serializable {

    private static final String CENTRE = "EU_CENTRE";

    /** The EU Centre's inbox, which its reviewers and administrators share. */
    public static final InboxAddress EU_CENTRE = new InboxAddress(CENTRE);

    public InboxAddress {
        Objects.requireNonNull(code, "code");
        if (!CENTRE.equals(code)) {
            MemberState.valueOf(code);
        }
    }

    /** The inbox of the Coordinating Authority of {@code memberState}. */
    public static InboxAddress of(MemberState memberState) {
        return new InboxAddress(memberState.name());
    }

    /** The Member State whose Coordinating Authority this inbox is; empty for the EU Centre's. */
    public Optional<MemberState> memberState() {
        return CENTRE.equals(code) ? Optional.empty() : Optional.of(MemberState.valueOf(code));
    }

    @Override
    public String toString() {
        return code;
    }
}

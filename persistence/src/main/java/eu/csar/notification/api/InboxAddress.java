package eu.csar.notification.api;

import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Whose inbox a notification lands in: the Coordinating Authority of one Member State (written as
 * its code, {@code NL}), the EU Centre ({@code EU_CENTRE}), the EU Centre's operators
 * ({@code EU_CENTRE_OPERATIONS}: the platform's own alarms, for its administrators) or a registered provider (written as
 * {@code PROVIDER:} and its id in the canonical lower-case UUID form, so that one provider has one
 * spelling). An inbox belongs to the authority or the provider, not to one of its users: the first
 * user (or API client of the provider) who marks a notification read marks it for all.
 */
public record InboxAddress(String code) implements Serializable {

    private static final String CENTRE = "EU_CENTRE";
    private static final String OPERATIONS = "EU_CENTRE_OPERATIONS";
    private static final String PROVIDER = "PROVIDER:";

    /** The EU Centre's inbox, which its reviewers and administrators share. */
    public static final InboxAddress EU_CENTRE = new InboxAddress(CENTRE);

    /**
     * The inbox of the EU Centre's operators (its administrators, not its reviewers): alarms of the
     * platform's own running, such as deliveries to law enforcement left waiting too long.
     */
    public static final InboxAddress EU_CENTRE_OPERATIONS = new InboxAddress(OPERATIONS);

    public InboxAddress {
        Objects.requireNonNull(code, "code");
        if (code.startsWith(PROVIDER)) {
            String id = code.substring(PROVIDER.length());
            if (!UUID.fromString(id).toString().equals(id)) {
                throw new IllegalArgumentException("a provider's inbox is written with its id in lower case: " + code);
            }
        } else if (!CENTRE.equals(code) && !OPERATIONS.equals(code)) {
            MemberState.valueOf(code);
        }
    }

    /** The inbox of the Coordinating Authority of {@code memberState}. */
    public static InboxAddress of(MemberState memberState) {
        return new InboxAddress(memberState.name());
    }

    /** The inbox of the registered provider {@code provider}, which its staff and its API clients share. */
    public static InboxAddress ofProvider(ProviderId provider) {
        return new InboxAddress(PROVIDER + provider.value());
    }

    /** The Member State whose Coordinating Authority this inbox is; empty for the EU Centre's, its operators' and a provider's. */
    public Optional<MemberState> memberState() {
        return CENTRE.equals(code) || OPERATIONS.equals(code) || code.startsWith(PROVIDER) ? Optional.empty()
                : Optional.of(MemberState.valueOf(code));
    }

    /** The provider whose inbox this is; empty for an authority's. */
    public Optional<ProviderId> provider() {
        return code.startsWith(PROVIDER) ? Optional.of(ProviderId.of(code.substring(PROVIDER.length()))) : Optional.empty();
    }

    @Override
    public String toString() {
        return code;
    }
}

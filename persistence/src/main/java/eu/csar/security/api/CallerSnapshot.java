package eu.csar.security.api;

import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;

import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An immutable copy of who called, taken at one moment. {@link OidcCaller} hands these out; keep one
 * when the identity must outlive the request (for example to put the actor into a JMS message or an
 * audit entry written later).
 */
public record CallerSnapshot(String name, boolean isAuthenticated, Set<String> roles,
                             Set<MemberState> memberStates, Optional<ProviderId> providerId) implements Caller {

    /** No user: MDBs, timers, startup beans and unauthenticated requests. */
    public static final CallerSnapshot ANONYMOUS =
            new CallerSnapshot("anonymous", false, Set.of(), Set.of(), Optional.empty());

    public CallerSnapshot {
        Objects.requireNonNull(name, "name");
        roles = Collections.unmodifiableSet(new TreeSet<>(roles));
        memberStates = Collections.unmodifiableSet(new TreeSet<>(memberStates));
        providerId = Objects.requireNonNull(providerId, "providerId");
    }
}

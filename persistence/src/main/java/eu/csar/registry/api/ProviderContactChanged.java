package eu.csar.registry.api;

import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A provider's point of contact, legal representative or main establishment changed: which of
 * them ({@code changes}), and which Member States were competent for it (Art 26) before and after
 * the change, so that an authority that loses the provider is told as well as the one that gains
 * it. Fired inside the changing transaction; the authorities are told asynchronously, through the
 * queue described by {@link RegistryMessages}.
 */
public record ProviderContactChanged(ProviderId providerId, Set<Change> changes, Set<MemberState> competentBefore,
                                     Set<MemberState> competentAfter) {

    /** What part of the entry changed; the codes travel on the queue and are stored with each notification. */
    public enum Change { CONTACT_POINT, LEGAL_REPRESENTATIVE, MAIN_ESTABLISHMENT }

    public ProviderContactChanged {
        Objects.requireNonNull(providerId, "providerId");
        changes = copyOfNonEmpty(changes, Change.class, "changes");
        competentBefore = copyOfNonEmpty(competentBefore, MemberState.class, "competentBefore");
        competentAfter = copyOfNonEmpty(competentAfter, MemberState.class, "competentAfter");
    }

    /** The change of one provider's entry between two jurisdictions. */
    public static ProviderContactChanged of(ProviderId providerId, Set<Change> changes, Jurisdiction before, Jurisdiction after) {
        return new ProviderContactChanged(providerId, changes, before.memberStates(), after.memberStates());
    }

    private static <E extends Enum<E>> Set<E> copyOfNonEmpty(Set<E> values, Class<E> type, String name) {
        Objects.requireNonNull(values, name);
        if (values.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        EnumSet<E> copy = EnumSet.noneOf(type);
        copy.addAll(values);
        return Collections.unmodifiableSet(copy);
    }
}

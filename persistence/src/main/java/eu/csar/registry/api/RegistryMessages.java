package eu.csar.registry.api;

import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.ProviderId;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The contract of the registry's notification queue, shared by the registry, which sends, and the
 * contexts that listen: a {@link ProviderContactChanged} travels as four string properties (the
 * provider's id, the change codes, and the competent Member States before and after, each list
 * comma-separated), no body and never an entity, so consumers reload what they need.
 */
public final class RegistryMessages {

    public static final String QUEUE_JNDI = "java:/jms/queue/RegistryNotificationQueue";
    public static final String PROVIDER_ID = "providerId";
    public static final String CHANGES = "changes";
    public static final String COMPETENT_BEFORE = "competentBefore";
    public static final String COMPETENT_AFTER = "competentAfter";
    /** The names of all properties of a message. */
    public static final List<String> PROPERTIES = List.of(PROVIDER_ID, CHANGES, COMPETENT_BEFORE, COMPETENT_AFTER);

    private RegistryMessages() {
    }

    /** The message properties that carry {@code change}. */
    public static Map<String, String> propertiesOf(ProviderContactChanged change) {
        return Map.of(PROVIDER_ID, change.providerId().toString(), CHANGES, join(change.changes()),
                COMPETENT_BEFORE, join(change.competentBefore()), COMPETENT_AFTER, join(change.competentAfter()));
    }

    /**
     * Reads a change back from its properties, as {@code property} returns them by name.
     *
     * @throws IllegalArgumentException if a property is missing or unreadable: the message does not
     *         follow the contract and can never be processed
     */
    public static ProviderContactChanged changeOf(Function<String, String> property) {
        String providerId = property.apply(PROVIDER_ID);
        String changes = property.apply(CHANGES);
        String before = property.apply(COMPETENT_BEFORE);
        String after = property.apply(COMPETENT_AFTER);
        if (providerId == null || changes == null || before == null || after == null) {
            throw new IllegalArgumentException("registry message without " + PROVIDER_ID + ", " + CHANGES + ", "
                    + COMPETENT_BEFORE + " or " + COMPETENT_AFTER);
        }
        return new ProviderContactChanged(ProviderId.of(providerId), split(changes, ProviderContactChanged.Change::valueOf),
                split(before, MemberState::valueOf), split(after, MemberState::valueOf));
    }

    private static String join(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private static <E> Set<E> split(String codes, Function<String, E> parse) {
        return codes.isBlank() ? Set.of() : Arrays.stream(codes.split(",")).map(String::trim).map(parse).collect(Collectors.toSet());
    }
}

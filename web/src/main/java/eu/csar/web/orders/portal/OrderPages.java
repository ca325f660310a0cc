package eu.csar.web.orders.portal;

import eu.csar.shared.domain.ProviderId;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/** What the order pages of every kind read the same way: ids typed in a form or a link, and the timeline's order. */
final class OrderPages {

    private OrderPages() {
    }

    /** The id in {@code text} made by {@code make}, or null when the text is no id (the page then says "not found"). */
    static <T> T id(String text, Function<UUID, T> make) {
        try {
            return text == null || text.isBlank() ? null : make.apply(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The provider chosen in a form, or null (the service's constraint then names the field). */
    static ProviderId providerId(String text) {
        return id(text, ProviderId::new);
    }

    static String strip(String s) {
        return s == null ? null : s.strip();
    }

    /**
     * An order's history in the order it happened: by time, and the step that opens it (no state
     * before) first when the transmission that follows at once carries the same instant.
     */
    static <H> List<H> inOrder(List<H> history, Function<H, Instant> at, Predicate<H> opens) {
        return history.stream().sorted(Comparator.comparing(at).thenComparing(h -> !opens.test(h))).toList();
    }
}

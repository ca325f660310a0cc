package eu.csar.web.orders.portal;

import eu.csar.shared.domain.ProviderId;

import java.util.UUID;

/** What the order forms read from their fields: a provider chosen by id (none if not one), text without the spaces around it. */
final class OrderFormValues {

    private OrderFormValues() {
    }

    static ProviderId providerId(String chosen) {
        try {
            return chosen == null || chosen.isBlank() ? null : new ProviderId(UUID.fromString(chosen.strip()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String trim(String s) {
        return s == null ? null : s.strip();
    }
}

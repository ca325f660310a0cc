package eu.csar.web.orders.rest;

import eu.csar.orders.api.RemovalItemKind;
import eu.csar.orders.application.NewRemovalOrder;
import eu.csar.shared.domain.ProviderId;
import eu.csar.web.platform.rest.Inputs;

import java.util.ArrayList;
import java.util.List;

/**
 * The bodies partners send to {@code /api/v1/removal-orders}, read field by field so that a
 * malformed one is a 400 problem naming its field, before any service runs.
 */
public final class RemovalOrderRequests {

    private RemovalOrderRequests() {
    }

    /** A new order (issuing authority): Annex IV. */
    public static class Create {
        /** The issuing authority's own reference of the order. */
        public String reference;
        /** ISO 3166 alpha-2; may be left out when the caller acts for one Member State. */
        public String memberState;
        /** The authority's name as the order states it, e.g. a court. */
        public String issuingAuthority;
        /** The provider's id in the registry. */
        public String providerId;
        public List<ItemDto> items;
        /** The statement of reasons. */
        public String reasons;
        /** True when the provider must not tell the uploader (Art 15(4)), for the profile's period. */
        public Boolean nonDisclosure;
        /** The legal profile to pin; default COM-2022-209. */
        public String profile;

        NewRemovalOrder toDomain() {
            if (items == null || items.isEmpty()) {
                throw Inputs.invalid("items", "A removal order names at least one item");
            }
            List<NewRemovalOrder.Item> parsed = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                ItemDto item = items.get(i);
                if (item == null) {
                    throw Inputs.invalid("items[" + i + "]", "An item has a kind and a locator");
                }
                RemovalItemKind kind = Inputs.requiredEnum(RemovalItemKind.class, item.kind, "items[" + i + "].kind");
                Inputs.requiredText(item.locator, "items[" + i + "].locator");
                if (kind == RemovalItemKind.URL && !(item.locator.trim().startsWith("https://") || item.locator.trim().startsWith("http://"))) {
                    throw Inputs.invalid("items[" + i + "].locator", "A URL item starts with http:// or https://");
                }
                parsed.add(new NewRemovalOrder.Item(kind, item.locator));
            }
            return new NewRemovalOrder(reference, memberState == null || memberState.isBlank() ? null
                    : Inputs.memberState(memberState, "memberState"), issuingAuthority,
                    new ProviderId(Inputs.uuid(providerId, "providerId")), parsed, reasons, Boolean.TRUE.equals(nonDisclosure),
                    profile);
        }
    }

    public static class ItemDto {
        /** URL or CONTENT_REFERENCE. */
        public String kind;
        public String locator;
    }

    /** Annex V (provider): why the order cannot be executed now. */
    public static class CannotExecute {
        /** FORCE_MAJEURE, DE_FACTO_IMPOSSIBILITY or CLARIFICATION_REQUESTED. */
        public String reason;
        public String explanation;
    }

    /** Annex VI (provider): what was done, and when. */
    public static class Execution {
        /** REMOVED or DISABLED. */
        public String measureTaken;
        /** When the items were removed or disabled (ISO 8601 UTC); default: now. */
        public String executedAt;
    }

    /** A text: a clarification, or the reason of an extension, closing or withdrawal. */
    public static class Text {
        public String text;
    }

    /** A contest before the issuing Member State's courts (Art 15(1)). */
    public static class Contest {
        /** PROVIDER or UPLOADER. */
        public String by;
        public String courtReference;
    }

    /** The court's decision (Art 15(1)). */
    public static class Outcome {
        /** UPHELD or ANNULLED. */
        public String outcome;
        public String note;
    }

    /** A check whether an item is still online (EU Centre reviewer or issuing authority). */
    public static class OnlineCheck {
        /** The item's position in the order, from 0. */
        public Integer item;
        public Boolean stillOnline;
        /** When it was checked (ISO 8601 UTC); default: now. */
        public String checkedAt;
    }
}

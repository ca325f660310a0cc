package eu.csar.web.orders.rest;

import eu.csar.indicators.api.IndicatorId;
import eu.csar.orders.application.NewUrlListOrder;
import eu.csar.shared.domain.ProviderId;
import eu.csar.web.platform.rest.Inputs;

import java.util.ArrayList;
import java.util.List;

/**
 * The bodies partners send to {@code /api/v1/blocking-orders} and {@code /api/v1/delisting-orders},
 * read field by field so that a malformed one is a 400 problem naming its field, before any service
 * runs. Texts (a revocation's reason, a reassessment's finding) use {@link RemovalOrderRequests.Text}.
 */
public final class UrlListOrderRequests {

    private UrlListOrderRequests() {
    }

    /** A new order (issuing authority). */
    public static class Create {
        /** The issuing authority's own reference of the order. */
        public String reference;
        /** ISO 3166 alpha-2; may be left out when the caller acts for one Member State. */
        public String memberState;
        /** The authority's name as the order states it, e.g. a court. */
        public String issuingAuthority;
        /** The provider's id in the registry: an internet access provider (blocking) or a search engine (delisting). */
        public String providerId;
        /** The ids of the EU Centre's URL-list entries (URL indicators) the order names; never free URLs. */
        public List<String> entries;
        /** The statement of reasons. */
        public String reasons;
        /** Blocking orders: the notice users see when they reach a blocked URL. */
        public String userNotice;
        /** Blocking orders: the period of application, ISO 8601 (e.g. P2Y), at most the profile's maximum. */
        public String periodOfApplication;
        /** The legal profile to pin; default COM-2022-209 (delisting orders need COUNCIL-GA-2025). */
        public String profile;

        NewUrlListOrder toDomain() {
            if (entries == null || entries.isEmpty()) {
                throw Inputs.invalid("entries", "An order names at least one entry of the URL list");
            }
            List<IndicatorId> ids = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                ids.add(new IndicatorId(Inputs.uuid(entries.get(i), "entries[" + i + "]")));
            }
            return new NewUrlListOrder(reference, memberState == null || memberState.isBlank() ? null
                    : Inputs.memberState(memberState, "memberState"), issuingAuthority,
                    new ProviderId(Inputs.uuid(providerId, "providerId")), ids, reasons, userNotice, periodOfApplication,
                    profile);
        }
    }

    /** The provider's report: when the URLs were blocked (or delisted). */
    public static class Execution {
        /** ISO 8601 UTC; default: now. */
        public String executedAt;
    }

    /** A request to reassess one blocked URL as mistaken (Art 18). */
    public static class ReassessmentRequest {
        /** The id of the URL-list entry the request is about. */
        public String entryId;
        public String reason;
    }

    /** The issuing authority's answer to a reassessment request. */
    public static class ReassessmentAnswer {
        /** UPHELD or LIFTED. */
        public String outcome;
        public String answer;
    }
}

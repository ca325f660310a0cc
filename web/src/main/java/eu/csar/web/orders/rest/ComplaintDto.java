package eu.csar.web.orders.rest;

import eu.csar.orders.application.ComplaintView;

import java.util.List;

import static eu.csar.web.orders.rest.OrderResponses.instant;
import static eu.csar.web.orders.rest.OrderResponses.name;

/**
 * A complaint about an order (Art 34) as the partner API shows it: ids and codes as strings, times
 * as UTC instants; {@code establishmentMemberState} is the order's Member State (that of the
 * Coordinating Authority of establishment).
 */
public record ComplaintDto(String id, long version, String receivingMemberState, String establishmentMemberState,
                           String orderKind, String orderId, String orderReference, String summary,
                           String contactReference, String state, List<String> possibleEvents, String filedBy,
                           String filedAt, String forwardedAt, String outcome, String decisionReasons, String decidedBy,
                           String decidedAt, List<RemovalOrderDto.HistoryRow> history) {

    static ComplaintDto of(ComplaintView v) {
        return new ComplaintDto(v.id().toString(), v.version(), v.receivingMemberState().name(),
                v.establishmentMemberState().name(), v.orderKind().name(), v.orderId().toString(), v.orderReference(),
                v.summary(), v.contactReference(), v.state().name(), v.possibleEvents(), v.filedBy(), instant(v.filedAt()),
                instant(v.forwardedAt()), name(v.outcome()), v.decisionReasons(), v.decidedBy(), instant(v.decidedAt()),
                v.history().stream().map(h -> new RemovalOrderDto.HistoryRow(name(h.from()), h.event(), h.to().name(),
                        instant(h.at()), h.actor(), h.reason(), h.legalBasis())).toList());
    }
}

package eu.csar.reports.application;

import eu.csar.audit.application.AuditRecorder;
import eu.csar.reports.domain.DeliveryRepository;
import eu.csar.reports.domain.Report;
import eu.csar.reports.domain.ReportAction;
import eu.csar.reports.domain.ReportDelivery;
import eu.csar.reports.domain.ReportRepository;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.RuleViolationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The pull side of forwarding (Art 48(3), issue 11 §4) for recipients that cannot expose an endpoint
 * ({@code csar.forwarding.endpoint.<RECIPIENT>=pull}, {@link ForwardingSettings}): a Member State's
 * law enforcement fetches the PENDING deliveries to its Member States, Europol those to Europol,
 * urgent ones first, then the oldest, each with the document a push delivery sends
 * ({@link DeliveryDocument}); paged by an opaque cursor (keyset: acknowledging a delivery moves no
 * other to another page). A fetch settles nothing: the recipient acknowledges each delivery
 * ({@link ReportForwarding#acknowledge}), so one lost in transit is fetched again. Every delivery
 * handed out is audited ({@code REPORT_DELIVERY_PULLED}), and so is a fetch that found none.
 */
@Stateless
public class DeliveryPickup {

    public static final int MAX_LIMIT = 100;
    static final String PURPOSE = "forwarding (Art 48(3)); pull of waiting deliveries";
    private static final String VERSION = "1";

    @Inject
    DeliveryRepository deliveries;

    @Inject
    ReportRepository reports;

    @Inject
    AuditRecorder audit;

    @Inject
    Caller caller;

    /** A waiting delivery as the recipient fetches it: its id, since when it waits, and the delivery document (JSON). */
    public record WaitingDelivery(UUID deliveryId, UUID reportId, String recipient, boolean urgent, Instant waitingSince,
                                  String document) {
    }

    /** One page of waiting deliveries and the cursor of the next page (null: this was the last). */
    public record Page(List<WaitingDelivery> deliveries, String next) {
    }

    /** At most {@code limit} of the caller's waiting deliveries after {@code cursor} (null or blank: from the first). */
    @RolesAllowed({Roles.LAW_ENFORCEMENT, Roles.EUROPOL})
    public Page waiting(String cursor, @Min(1) @Max(MAX_LIMIT) int limit) {
        DeliveryRepository.Position after = cursor == null || cursor.isBlank() ? null : decode(cursor);
        Set<String> mine = ReportForwarding.recipientsOf(caller);
        List<ReportDelivery> found = deliveries.waiting(mine, after, limit + 1);
        boolean more = found.size() > limit;
        List<WaitingDelivery> page = new ArrayList<>();
        for (ReportDelivery delivery : found.subList(0, Math.min(limit, found.size()))) {
            Report report = reports.find(delivery.reportId())
                    .orElseThrow(() -> new IllegalStateException("no report " + delivery.reportId()));
            page.add(new WaitingDelivery(delivery.id(), delivery.reportId().value(), delivery.recipient(), delivery.urgent(),
                    delivery.createdAt(), DeliveryDocument.of(delivery, report)));
            audit.success(ReportAction.REPORT_DELIVERY_PULLED, delivery.reportId(), PURPOSE + "; delivery " + delivery.id()
                    + " to " + delivery.recipient() + " fetched by " + audit.actorName());
        }
        if (page.isEmpty()) {
            audit.success(ReportAction.REPORT_DELIVERY_PULLED, null, PURPOSE + "; none waiting for " + String.join(",", new TreeSet<>(mine))
                    + (after == null ? "" : " after the cursor"));
        }
        return new Page(List.copyOf(page), more ? encode(found.get(limit - 1)) : null);
    }

    /** The opaque cursor after {@code last}: version, urgency, creation and id, base64url. */
    static String encode(ReportDelivery last) {
        String plain = String.join("|", VERSION, Boolean.toString(last.urgent()), last.createdAt().toString(), last.id().toString());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The position a cursor of {@link #encode} names; anything else is an invalid {@code cursor}. */
    static DeliveryRepository.Position decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 4 || !VERSION.equals(parts[0]) || !Set.of("true", "false").contains(parts[1])) {
                throw new IllegalArgumentException("not a cursor of this API");
            }
            return new DeliveryRepository.Position(Boolean.parseBoolean(parts[1]), Instant.parse(parts[2]), UUID.fromString(parts[3]));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw RuleViolationException.invalid("cursor",
                    "not a cursor this API handed out (use the 'next' of the previous page)");
        }
    }
}

package eu.csar.reports.application;

import eu.csar.audit.application.AuditRecorder;
import eu.csar.reports.api.DeliveryState;
import eu.csar.reports.api.ReportState;
import eu.csar.reports.domain.DeliveryAttempt;
import eu.csar.reports.domain.DeliveryBackoff;
import eu.csar.reports.domain.DeliveryRepository;
import eu.csar.reports.domain.Report;
import eu.csar.reports.domain.ReportAction;
import eu.csar.reports.domain.ReportDelivery;
import eu.csar.reports.domain.ReportRepository;
import eu.csar.security.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Delivers forwarded reports (Art 48(3), issue 11 §4), one delivery job at a time, as the platform's
 * {@code system} role: POSTs the {@link DeliveryDocument} to the recipient's endpoint
 * ({@link ForwardingSettings}) with the delivery's id, which the recipient de-duplicates by. A 2xx
 * answer makes the delivery DELIVERED; once every delivery of the report is, the report moves
 * FORWARD_DECIDED -> FORWARDED. A 4xx other than 408 and 429 makes it FAILED (retrying would not
 * help). Anything else throws {@link DeliveryFailedException}: the job's transaction rolls back, the
 * consumer records the failed attempt in a transaction of its own ({@link #recordFailure}) and the
 * broker delivers the job again after the backoff ({@link DeliveryBackoff#DEFAULT}); after the last
 * attempt the delivery is DEAD and the job rests on the dead-letter queue. A job whose delivery is
 * settled changes nothing: a redelivered message delivers nothing twice. Every attempt is a row of
 * the delivery log and an audit entry. No lock is held while the recipient answers.
 */
@Stateless
public class ReportForwarding {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject
    DeliveryRepository deliveries;

    @Inject
    ReportRepository reports;

    @Inject
    AuditRecorder audit;

    @Inject
    ForwardingSettings settings;

    @Inject
    Clock clock;

    /** Attempts delivery {@code id}; false when there was nothing to do (a settled delivery: a repeated job). */
    @RolesAllowed(Roles.SYSTEM)
    public boolean deliver(@NotNull UUID id) {
        ReportDelivery delivery = deliveries.find(id)
                .orElseThrow(() -> new IllegalArgumentException("no delivery " + id));
        if (delivery.state().settled()) {
            return false;
        }
        Report report = reports.find(delivery.reportId())
                .orElseThrow(() -> new IllegalStateException("no report " + delivery.reportId()));
        int status = post(delivery, DeliveryDocument.of(delivery, report));
        Report locked = reports.findForUpdate(delivery.reportId()).orElseThrow(); // deliveries of one report queue up here
        ReportDelivery current = deliveries.findForUpdate(id).orElseThrow();
        if (current.state().settled()) {
            return false;
        }
        Instant now = clock.instant();
        if (status >= 400) {
            log(current, current.failed(status, "refused by the recipient: HTTP " + status, true, DeliveryBackoff.DEFAULT, now));
            return true;
        }
        log(current, current.delivered(status, now));
        deliveries.flush();
        if (locked.state() == ReportState.FORWARD_DECIDED && deliveries.notIn(locked.id(), DeliveryState.DELIVERED) == 0) {
            locked.forwarded(audit.actorName(), now);
            reports.flush();
            audit.success(ReportAction.REPORT_FORWARDED, locked.id(), "forwarding (Art 48(3)); FORWARD_DECIDED -> FORWARDED; to "
                    + locked.review().jurisdiction());
        }
        return true;
    }

    /**
     * Records a failed attempt of delivery {@code id} in a transaction of its own (the job's rolls
     * back): PENDING with the next attempt after the backoff, or DEAD after the last.
     */
    @RolesAllowed(Roles.SYSTEM)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(@NotNull UUID id, Integer httpStatus, String error) {
        deliveries.findForUpdate(id).filter(d -> !d.state().settled()).ifPresent(delivery -> {
            log(delivery, delivery.failed(httpStatus, error, false, DeliveryBackoff.DEFAULT, clock.instant()));
            if (delivery.state() == DeliveryState.DEAD) {
                audit.success(ReportAction.REPORT_DELIVERY_DEAD, delivery.reportId(), "forwarding (Art 48(3)); delivery "
                        + delivery.id() + " to " + delivery.recipient() + " given up after " + delivery.attempts() + " attempts");
            }
        });
    }

    private void log(ReportDelivery delivery, DeliveryAttempt attempt) {
        deliveries.log(attempt);
        audit.success(ReportAction.REPORT_DELIVERY_ATTEMPTED, delivery.reportId(), "forwarding (Art 48(3)); delivery "
                + delivery.id() + " to " + delivery.recipient() + ", attempt " + attempt.attempt() + ": " + attempt.outcome()
                + (attempt.httpStatus() == null ? "" : " (HTTP " + attempt.httpStatus() + ")")
                + (attempt.error() == null || attempt.outcome() == DeliveryState.DELIVERED ? "" : "; " + attempt.error()));
    }

    /** The recipient's HTTP status for a 2xx or a refusal for good; throws for anything a retry may mend. */
    private int post(ReportDelivery delivery, String json) {
        HttpRequest request = HttpRequest.newBuilder(settings.endpoint(delivery.recipient())).timeout(settings.timeout())
                .header("Content-Type", "application/json").header("Delivery-Id", delivery.id().toString())
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        HttpResponse<Void> response;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new DeliveryFailedException(null, "no answer from " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailedException(null, "interrupted while delivering", e);
        }
        int status = response.statusCode();
        if (retryable(status)) {
            throw new DeliveryFailedException(status, "HTTP " + status + " from " + request.uri(), null);
        }
        return status;
    }

    /** Whether an answer with {@code status} asks for another attempt (a 3xx is not followed: a misconfigured endpoint). */
    static boolean retryable(int status) {
        return status >= 500 || status == 408 || status == 429 || (status >= 300 && status < 400);
    }
}

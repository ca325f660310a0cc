package eu.csar.reports.application;

import eu.csar.audit.api.AuditOutcome;
import eu.csar.audit.application.AuditRecorder;
import eu.csar.legal.api.LegalPeriod;
import eu.csar.legal.api.ProfileKey;
import eu.csar.legal.api.ProfileRef;
import eu.csar.legal.application.LegalProfiles;
import eu.csar.reports.api.Jurisdiction;
import eu.csar.reports.api.ReportId;
import eu.csar.reports.api.DeliveryId;
import eu.csar.reports.api.DeliveryState;
import eu.csar.reports.api.ReportState;
import eu.csar.reports.domain.DeliveryAttempt;
import eu.csar.reports.domain.DeliveryBackoff;
import eu.csar.reports.domain.DeliveryRepository;
import eu.csar.reports.domain.Report;
import eu.csar.reports.domain.ReportAction;
import eu.csar.reports.domain.ReportDelivery;
import eu.csar.reports.domain.ReportRepository;
import eu.csar.security.api.Caller;
import eu.csar.security.api.Roles;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.UnknownObjectException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.NotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

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
 * <p>
 * A recipient that pulls ({@link ForwardingSettings#pulls}) is never POSTed to: its deliveries wait
 * until it fetches them ({@link DeliveryPickup}) and acknowledges each ({@link #acknowledge}), which
 * settles the delivery and moves the report exactly as a 2xx answer does.
 * <p>
 * The notification hold (Art 48(6)(a)): a recipient's 2xx answer may carry
 * {@code {"doNotInformUntil": "..."}}, or law enforcement and Europol ask later through
 * {@link #holdUserInformation}; the provider reads the result in its feedback.
 */
@Stateless
public class ReportForwarding {

    static final String HOLD = "doNotInformUntil";
    static final String HOLD_PURPOSE = "notification hold (Art 48(6)(a))";
    static final String ACK_PURPOSE = "forwarding (Art 48(3)); acknowledgement of a pulled delivery";
    /** At most this much of a recipient's answer is read (64 KiB): the rest is not waited for; the status counts. */
    static final int MAX_ANSWER_BYTES = 64 * 1024;

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

    @Inject
    LegalProfiles profiles;

    @Inject
    Caller caller;

    /** Attempts delivery {@code id}; false when there was nothing to do (a settled delivery: a repeated job). */
    @RolesAllowed(Roles.SYSTEM)
    public boolean deliver(@NotNull DeliveryId deliveryId) {
        UUID id = deliveryId.value();
        ReportDelivery delivery = deliveries.find(id)
                .orElseThrow(() -> new IllegalArgumentException("no delivery " + id));
        if (delivery.state().settled()) {
            return false;
        }
        if (settings.pulls(delivery.recipient())) {
            // a job queued before its recipient was made to pull: the delivery waits for the fetch, and no job carries it now
            deliveries.findForUpdate(id).filter(d -> !d.state().settled()).ifPresent(ReportDelivery::waitForFetch);
            return false;
        }
        Report report = reports.find(delivery.reportId())
                .orElseThrow(() -> new IllegalStateException("no report " + delivery.reportId()));
        Answer answer = post(delivery, DeliveryDocument.of(delivery, report));
        int status = answer.status();
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
        if (answer.holdUntil() != null) {
            hold(locked, answer.holdUntil(), current.recipient(), now);
        }
        forwardedIfLast(locked, now);
        return true;
    }

    /** Once every delivery of {@code locked} (its row locked) is DELIVERED: FORWARD_DECIDED -> FORWARDED. */
    private void forwardedIfLast(Report locked, Instant now) {
        if (locked.state() == ReportState.FORWARD_DECIDED && deliveries.notIn(locked.id(), DeliveryState.DELIVERED) == 0) {
            locked.forwarded(audit.actorName(), now);
            reports.flush();
            audit.success(ReportAction.REPORT_FORWARDED, locked.id(), "forwarding (Art 48(3)); FORWARD_DECIDED -> FORWARDED; to "
                    + locked.review().jurisdiction());
        }
    }

    /**
     * A recipient that pulls acknowledges delivery {@code id} (Art 48(3)): a PENDING delivery becomes
     * DELIVERED (a row of the delivery log without HTTP status) and, when it was the report's last,
     * the report FORWARDED, as after a push. Acknowledging a DELIVERED one again changes nothing
     * (idempotent); a FAILED or DEAD one is an operator's (409). A delivery to anybody but the caller
     * (another Member State, or Europol for the police) does not exist for the caller (404). Audited,
     * refusals too.
     */
    @RolesAllowed({Roles.LAW_ENFORCEMENT, Roles.EUROPOL})
    public Acknowledgement acknowledge(@NotNull DeliveryId id) {
        Set<String> mine = recipientsOf(caller);
        ReportDelivery found = deliveries.find(id.value()).filter(d -> mine.contains(d.recipient())).orElseThrow(() -> {
            audit.refusal(ReportAction.REPORT_DELIVERY_ACKNOWLEDGED, null, ACK_PURPOSE + "; delivery " + id + " is not the caller's",
                    AuditOutcome.NOT_FOUND);
            return new UnknownObjectException("Delivery", id);
        });
        Report locked = reports.findForUpdate(found.reportId()).orElseThrow(); // as deliver: deliveries of one report queue up here
        ReportDelivery current = deliveries.findForUpdate(id.value()).orElseThrow();
        String about = ACK_PURPOSE + "; delivery " + id + " to " + current.recipient();
        if (current.state() == DeliveryState.DELIVERED) {
            audit.success(ReportAction.REPORT_DELIVERY_ACKNOWLEDGED, current.reportId(), about + ", again (delivered " + current.deliveredAt() + ")");
            return new Acknowledgement(current.id(), current.reportId().value(), current.deliveredAt(), false);
        }
        if (current.state() != DeliveryState.PENDING) {
            audit.refusal(ReportAction.REPORT_DELIVERY_ACKNOWLEDGED, current.reportId(), about + "; it is " + current.state(),
                    AuditOutcome.REFUSED);
            throw new RuleViolationException(RuleViolationException.Code.NOT_PERMITTED_IN_STATE, "id",
                    "delivery " + id + " is " + current.state() + ": the Centre's operators deliver it again");
        }
        Instant now = clock.instant();
        DeliveryAttempt attempt = current.acknowledged(now);
        deliveries.log(attempt);
        deliveries.flush();
        audit.success(ReportAction.REPORT_DELIVERY_ACKNOWLEDGED, current.reportId(), about + ", attempt " + attempt.attempt()
                + " by " + audit.actorName());
        forwardedIfLast(locked, now);
        return new Acknowledgement(current.id(), current.reportId().value(), current.deliveredAt(), true);
    }

    /** What an acknowledgement did: the delivery, its report, when it was delivered, and whether this call delivered it. */
    public record Acknowledgement(UUID deliveryId, UUID reportId, Instant deliveredAt, boolean first) {
    }

    /**
     * The recipients the caller stands for: Europol for role europol, otherwise the Member States of
     * the caller's {@code member_state} claim (each the recipient code of its law-enforcement authority).
     */
    static Set<String> recipientsOf(Caller caller) {
        return caller.hasRole(Roles.EUROPOL) ? Set.of(Jurisdiction.EUROPOL)
                : caller.memberStates().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * A law-enforcement authority or Europol asks that the user of a report delivered to it not be
     * informed until {@code until} (Art 48(6)(a)); at most the pinned profile's
     * {@code report.do-not-inform-max} after the report, and never shorter than a hold in force. A
     * Member State's law enforcement holds only reports delivered to one of its Member States,
     * Europol only those delivered to Europol; any other report does not exist for the caller (404).
     * Returns the report's feedback as the provider now reads it.
     */
    @RolesAllowed({Roles.LAW_ENFORCEMENT, Roles.EUROPOL})
    public ReportView.Feedback holdUserInformation(@NotNull ReportId id, @NotNull Instant until) {
        Set<String> mine = recipientsOf(caller);
        boolean delivered = deliveries.of(id).stream()
                .anyMatch(d -> d.state() == DeliveryState.DELIVERED && mine.contains(d.recipient()));
        Report report = (delivered ? reports.findForUpdate(id) : Optional.<Report>empty()).orElseThrow(() -> {
            audit.refusal(ReportAction.REPORT_USER_INFORMATION_HELD, id, HOLD_PURPOSE, AuditOutcome.NOT_FOUND);
            return new UnknownObjectException(ReportIntake.OBJECT_TYPE, id);
        });
        try {
            hold(report, until, audit.actorName() + " (" + String.join(",", new TreeSet<>(mine)) + ")", clock.instant());
        } catch (RuleViolationException e) {
            audit.refusal(ReportAction.REPORT_USER_INFORMATION_HELD, id, HOLD_PURPOSE + "; " + e.getMessage(), AuditOutcome.REFUSED);
            throw e;
        }
        return ReportView.of(report).feedback();
    }

    private void hold(Report report, Instant until, String by, Instant now) {
        ProfileRef profile = new ProfileRef(report.review().profile(), report.review().profileVersion());
        LegalPeriod max = LegalPeriod.parse(profiles.period(profile, ProfileKey.REPORT__DO_NOT_INFORM_MAX));
        Instant held = report.holdUserInformation(until, by, max, now);
        reports.flush();
        audit.success(ReportAction.REPORT_USER_INFORMATION_HELD, report.id(), HOLD_PURPOSE + "; asked by " + by + " until " + until
                + "; in force until " + held + " (at most " + max.iso() + " after the report)");
    }

    /**
     * Records a failed attempt of delivery {@code id} in a transaction of its own (the job's rolls
     * back): PENDING with the next attempt after the backoff, or DEAD after the last.
     */
    @RolesAllowed(Roles.SYSTEM)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(@NotNull DeliveryId id, Integer httpStatus, String error) {
        deliveries.findForUpdate(id.value()).filter(d -> !d.state().settled()).ifPresent(delivery -> {
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

    /** A recipient's answer: its HTTP status and the hold it asked for in the body, if any. */
    record Answer(int status, Instant holdUntil) {
    }

    /**
     * The hold a recipient asks for in its answer: {@code {"doNotInformUntil": "<ISO-8601 instant>"}};
     * null for no hold, an empty body, or a body that is not such JSON (the delivery stands).
     */
    static Instant holdOf(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                return null;
            }
            JsonObject answer = value.asJsonObject();
            return answer.containsKey(HOLD) && answer.get(HOLD).getValueType() == JsonValue.ValueType.STRING
                    ? Instant.parse(answer.getString(HOLD)) : null;
        } catch (JsonException | DateTimeParseException e) {
            return null;
        }
    }

    /** The recipient's HTTP status for a 2xx or a refusal for good; throws for anything a retry may mend. */
    private Answer post(ReportDelivery delivery, String json) {
        HttpRequest request = HttpRequest.newBuilder(settings.endpoint(delivery.recipient())).timeout(settings.timeout())
                .header("Content-Type", "application/json").header("Delivery-Id", delivery.id().toString())
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        HttpResponse<InputStream> response;
        String body;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
            body = bounded(response.body(), MAX_ANSWER_BYTES);
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
        return new Answer(status, status < 300 ? holdOf(body) : null);
    }

    /**
     * The first {@code max} bytes of an answer as UTF-8 text; the stream is closed after them, so a
     * recipient that sends more (or never ends) costs neither memory nor time. A cut answer is
     * usually not JSON, so {@link #holdOf} ignores it and the delivery stands by its status.
     */
    static String bounded(InputStream in, int max) throws IOException {
        try (in) {
            return new String(in.readNBytes(max), StandardCharsets.UTF_8);
        }
    }

    /** Whether an answer with {@code status} asks for another attempt (a 3xx is not followed: a misconfigured endpoint). */
    static boolean retryable(int status) {
        return status >= 500 || status == 408 || status == 429 || (status >= 300 && status < 400);
    }
}

package eu.csar.reports.application;

import eu.csar.reports.domain.ReportDelivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One notice for the EU Centre's operators about deliveries left waiting too long
 * ({@link FailedDeliveries#waiting}): all those to one recipient, urgent or not, counted, with the oldest
 * one's start. Its source is the recipient, the urgency and the day, so the operators' inbox gets at most
 * one such notice per recipient and urgency a day however often the alarm looks (a recipient down for a
 * week is one reminder a day, not one per delivery), and an urgent delivery is never folded into a notice
 * about normal ones sent earlier that day.
 */
record DeliveryWaitingAlarm(String recipient, boolean urgent, int count, Instant oldestSince, UUID oldestDelivery,
                            String sourceId) {

    /** The subject type under which the operators' inbox names and links these notices. */
    static final String SUBJECT_TYPE = "ReportDeliveries";

    /** The alarms for {@code waiting} on {@code day}: one per recipient and urgency, urgent ones first, then by recipient. */
    static List<DeliveryWaitingAlarm> of(List<ReportDelivery> waiting, LocalDate day) {
        Map<String, List<ReportDelivery>> groups = new LinkedHashMap<>();
        waiting.stream()
                .sorted(Comparator.comparing(ReportDelivery::urgent).reversed().thenComparing(ReportDelivery::recipient))
                .forEach(d -> groups.computeIfAbsent(d.recipient() + (d.urgent() ? ":URGENT" : ":NORMAL"), k -> new ArrayList<>()).add(d));
        List<DeliveryWaitingAlarm> alarms = new ArrayList<>();
        groups.forEach((key, deliveries) -> {
            ReportDelivery oldest = deliveries.stream()
                    .min(Comparator.comparing(ReportDelivery::createdAt).thenComparing(ReportDelivery::id)).orElseThrow();
            alarms.add(new DeliveryWaitingAlarm(oldest.recipient(), oldest.urgent(), deliveries.size(), oldest.createdAt(),
                    oldest.id(), "deliveries-waiting:" + key + ":" + day));
        });
        return alarms;
    }
}

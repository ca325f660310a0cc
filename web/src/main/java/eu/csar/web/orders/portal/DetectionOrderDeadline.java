package eu.csar.web.orders.portal;

import eu.csar.orders.application.DetectionOrderView;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The next deadline of a detection order as the pages show it, read at {@code now} (the platform
 * clock), in the shape the removal-order pages use ({@link RemovalOrderDeadline}, so the same
 * countdown shows it): in consultation the provider's comments and the EU Centre's opinion, whichever
 * of the unanswered ones falls due first ({@code comments}, {@code opinion}); from the receipt the
 * appeal window's end ({@code final}), then the start ({@code start}), then the mid-term report while
 * it is not given ({@code midTerm}; overdue once the order waits for it), then the end ({@code end});
 * {@code none} otherwise. Overdue: the due time has passed and nothing answered or moved the order.
 */
final class DetectionOrderDeadline {

    private DetectionOrderDeadline() {
    }

    static RemovalOrderDeadline of(DetectionOrderView o, Instant now) {
        return switch (o.state()) {
            case IN_CONSULTATION -> consultation(o, now);
            case RECEIVED, PAUSED_BEFORE_FINAL -> due("final", o.appealWindowClosesAt(), now);
            case FINAL, PAUSED_BEFORE_START -> due("start", o.start(), now);
            case IN_FORCE, PAUSED_IN_FORCE -> o.execution().midTermReportDueAt() != null && o.execution().midTermReport() == null
                    && now.isBefore(o.execution().midTermReportDueAt())
                    ? due("midTerm", o.execution().midTermReportDueAt(), now) : due("end", o.end(), now);
            case MID_TERM_REPORT_DUE -> due("midTerm", o.execution().midTermReportDueAt(), now);
            default -> none();
        };
    }

    private static RemovalOrderDeadline consultation(DetectionOrderView o, Instant now) {
        List<RemovalOrderDeadline> open = new ArrayList<>();
        if (o.commentsAt() == null && o.commentsDueAt() != null) {
            open.add(due("comments", o.commentsDueAt(), now));
        }
        if (o.opinionAt() == null && o.opinionDueAt() != null) {
            open.add(due("opinion", o.opinionDueAt(), now));
        }
        return open.stream().min(Comparator.comparing(RemovalOrderDeadline::dueAt)).orElseGet(DetectionOrderDeadline::none);
    }

    private static RemovalOrderDeadline due(String kind, Instant dueAt, Instant now) {
        return dueAt == null ? none() : new RemovalOrderDeadline(kind, dueAt, Duration.between(now, dueAt), !now.isBefore(dueAt));
    }

    private static RemovalOrderDeadline none() {
        return new RemovalOrderDeadline("none", null, null, false);
    }
}

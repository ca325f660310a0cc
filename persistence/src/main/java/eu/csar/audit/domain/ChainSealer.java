package eu.csar.audit.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * The chainer's rule, as pure logic: links a batch of committed, unsealed events onto the end of the
 * chain. The events are sealed in insertion order within the batch; an event whose transaction
 * committed late (a lower insertion number that became visible after higher ones were sealed) is
 * simply sealed in the next batch, after them: the chain order is the sealing order, so no event is
 * ever skipped or waited for. Each event gets the next position, the head's hash as its predecessor,
 * and a sealing time that never goes backwards along the chain (the later of the head's last
 * sealing time and now), however the clock moves.
 */
public final class ChainSealer {

    /** Events sealed per transaction: large enough to keep up with hundreds of writers at a 200 ms pace. */
    public static final int BATCH = 1000;

    private ChainSealer() {
    }

    /** Seals {@code unsealed} onto {@code head} (which advances) and returns how many were sealed. */
    public static int seal(AuditChainHead head, List<AuditEvent> unsealed, Instant now) {
        List<AuditEvent> inOrder = unsealed.stream().sorted(Comparator.comparing(AuditEvent::eventNo)).toList();
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        if (head.lastSealedAt() != null && head.lastSealedAt().isAfter(at)) {
            at = head.lastSealedAt();
        }
        for (AuditEvent event : inOrder) {
            event.seal(head.lastSeq() + 1, at, head.lastHash());
            head.advanceTo(event);
        }
        return inOrder.size();
    }

    /** Whether the chainer should take another batch at once: the last one was full, so more may be waiting. */
    public static boolean moreWaiting(int sealedInLastBatch) {
        return sealedInLastBatch >= BATCH;
    }
}

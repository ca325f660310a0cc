package eu.csar.audit.domain;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The verifier's finding: whether the chain is intact, how many entries it checked, and if not,
 * the first entry where it breaks and why. Besides, how many written entries are not sealed yet,
 * and a warning when one has waited longer than the chainer ever should (it has stopped, or
 * someone holds an entry back): the chain cannot vouch for an entry it does not contain yet.
 */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenSeq,
                                UUID firstBrokenId, String problem, Instant verifiedAt,
                                long unsealed, String warning) implements Serializable {

    static ChainVerification intact(long checked, Instant at) {
        return new ChainVerification(true, checked, null, null, null, at, 0, null);
    }

    static ChainVerification broken(long checked, long seq, UUID id, String problem, Instant at) {
        return new ChainVerification(false, checked, seq, id, problem, at, 0, null);
    }

    /**
     * This finding with the count of unsealed entries; warns when the oldest of them was written
     * more than {@code tolerance} before the verification.
     */
    public ChainVerification withUnsealed(long count, Instant oldest, Duration tolerance) {
        String late = count > 0 && oldest != null && oldest.plus(tolerance).isBefore(verifiedAt)
                ? count + " entries are not sealed yet; the oldest, written at " + oldest + ", has waited longer than "
                  + tolerance.toSeconds() + " s (is the chainer running?)"
                : null;
        return new ChainVerification(intact, entriesChecked, firstBrokenSeq, firstBrokenId, problem, verifiedAt, count, late);
    }
}

package eu.csar.audit.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * The verifier's finding: whether the chain is intact, how many entries it checked, and if not,
 * the first entry where it breaks and why.
 */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenSeq,
                                UUID firstBrokenId, String problem, Instant verifiedAt) implements Serializable {

    static ChainVerification intact(long checked, Instant at) {
        return new ChainVerification(true, checked, null, null, null, at);
    }

    static ChainVerification broken(long checked, long seq, UUID id, String problem, Instant at) {
        return new ChainVerification(false, checked, seq, id, problem, at);
    }
}

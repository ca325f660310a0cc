package eu.csar.audit.domain;

import java.time.Instant;
import java.util.List;

/**
 * Walks the hash chain in order and names the first entry that does not hold: a sequence gap
 * (an entry removed), a broken link (an entry removed, inserted or re-hashed before it), or a hash
 * that does not match the entry's own fields (an entry edited, or two entries' positions swapped:
 * the position is hashed). Entries of both formats ({@link ChainLink}) form one chain. Pure logic,
 * fed in batches.
 */
public final class ChainWalker {

    private long lastSeq;
    private String lastHash = AuditEntry.GENESIS_HASH;
    private long checked;
    private ChainVerification failure;

    /** Checks the next batch; returns false once a break has been found (and then ignores later batches). */
    public boolean accept(List<? extends ChainLink> batch, Instant at) {
        if (failure != null) {
            return false;
        }
        for (ChainLink entry : batch) {
            if (entry.seq() != lastSeq + 1) {
                return fail(entry, entry.seq() > lastSeq + 1
                        ? "entries " + (lastSeq + 1) + " to " + (entry.seq() - 1) + " are missing"
                        : "it comes after entry " + lastSeq + " in the chain (entries were reordered or duplicated)", at);
            }
            if (!entry.prevHash().equals(lastHash)) {
                return fail(entry, "does not chain to entry " + lastSeq + " (that entry or this link was altered)", at);
            }
            if (!entry.computeHash().equals(entry.entryHash())) {
                return fail(entry, "its content does not match its hash (the entry was altered)", at);
            }
            lastSeq = entry.seq();
            lastHash = entry.entryHash();
            checked++;
        }
        return true;
    }

    /**
     * Compares the end of the walk with the chain head, which catches a removed tail, entries beyond
     * the head, and a head or last entry altered together.
     */
    public ChainVerification finish(AuditChainHead head, Instant at) {
        if (failure != null) {
            return failure;
        }
        if (lastSeq < head.lastSeq()) {
            return ChainVerification.broken(checked, lastSeq + 1, null,
                    "the chain ends at entry " + lastSeq + " but its head records entry " + head.lastSeq(), at);
        }
        if (lastSeq > head.lastSeq()) {
            return ChainVerification.broken(checked, head.lastSeq() + 1, null, "entry " + (head.lastSeq() + 1)
                    + " lies beyond the chain head, which records entry " + head.lastSeq(), at);
        }
        if (!head.lastHash().equals(lastHash)) {
            return ChainVerification.broken(checked, lastSeq, null,
                    "the chain head records another hash for entry " + lastSeq + " (the head or that entry was altered)", at);
        }
        return ChainVerification.intact(checked, at);
    }

    public long lastSeq() {
        return lastSeq;
    }

    private boolean fail(ChainLink entry, String problem, Instant at) {
        failure = ChainVerification.broken(checked, entry.seq(), entry.id(), "entry " + entry.seq() + ": " + problem, at);
        return false;
    }
}

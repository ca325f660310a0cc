package eu.csar.audit.domain;

import java.util.UUID;

/**
 * One sealed link of the hash chain, whatever its format: its position, its id, the hash of its
 * predecessor and its own hash, and the hash recomputed from its stored fields. The verifier
 * ({@link ChainWalker}) needs nothing else, so entries of format 1 ({@link AuditEntry}, sealed by
 * the writers until V8) and format 2 ({@link AuditEvent}, sealed by the chainer) form one chain.
 */
public interface ChainLink {

    long seq();

    UUID id();

    String prevHash();

    String entryHash();

    /** The hash of the stored fields as they are now; differs from {@link #entryHash()} if any was altered. */
    String computeHash();
}

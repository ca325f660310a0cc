package eu.csar.it.support;

/**
 * Waiting for the audit chainer: writers append unsealed entries and the chainer (every 200 ms) seals
 * them into the hash chain. Tests that look at chain positions or sealing times wait for it here.
 */
public final class AuditSeals {

    private AuditSeals() {
    }

    /** The chain position of the entry written as {@code seq} (see the view audit_entries), once sealed; fails after 30 s. */
    public static long awaitSealed(long seq) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            Object chainSeq = Db.value("select chain_seq from audit_entries where seq = ?", seq);
            if (chainSeq != null) {
                return ((Number) chainSeq).longValue();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("audit entry " + seq + " was not sealed within 30 s");
    }
}

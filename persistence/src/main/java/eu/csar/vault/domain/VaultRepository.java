package eu.csar.vault.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Items, their wrapped keys, tombstones and master key versions. */
@ApplicationScoped
public class VaultRepository {

    /** Hibernate's hint for {@code FOR UPDATE SKIP LOCKED}: two rotating nodes share the rows instead of waiting. */
    private static final String SKIP_LOCKED = "jakarta.persistence.lock.timeout";

    @PersistenceContext(unitName = "csar")
    private EntityManager em;

    public void add(VaultItem item, WrappedDataKey key) {
        em.persist(item);
        em.persist(key);
    }

    /**
     * Writes one sealed segment of an item whose row follows later in the same transaction (the
     * reference is checked at commit, V57). A plain insert: nothing of it stays in the persistence
     * context, so a long upload does not gather its segments in memory.
     */
    public void addSegment(UUID itemId, int number, byte[] ciphertext) {
        em.createNativeQuery("insert into vault_segments (item_id, segment_no, ciphertext) values (?1, ?2, ?3)")
                .setParameter(1, itemId).setParameter(2, number).setParameter(3, ciphertext)
                .executeUpdate();
    }

    /** Segment {@code number} of an item, or empty when it has none (past its last). */
    public Optional<byte[]> segment(UUID itemId, int number) {
        List<?> rows = em.createNativeQuery("select ciphertext from vault_segments where item_id = ?1 and segment_no = ?2")
                .setParameter(1, itemId).setParameter(2, number).getResultList();
        return rows.stream().findFirst().map(byte[].class::cast);
    }

    public Optional<VaultItem> item(UUID id) {
        return Optional.ofNullable(em.find(VaultItem.class, id));
    }

    public Optional<WrappedDataKey> key(UUID itemId) {
        return Optional.ofNullable(em.find(WrappedDataKey.class, itemId));
    }

    public Optional<VaultTombstone> tombstone(UUID itemId) {
        return Optional.ofNullable(em.find(VaultTombstone.class, itemId));
    }

    /** Destroys the item: its wrapped key is deleted and the tombstone written, in the caller's transaction. */
    public void destroy(WrappedDataKey key, VaultTombstone tombstone) {
        em.remove(key);
        em.persist(tombstone);
        em.flush();
    }

    /** The master key version new items are wrapped under: the one activated last. */
    public Optional<MasterKeyVersion> currentMasterKey() {
        return em.createQuery("select m from MasterKeyVersion m order by m.activatedAt desc, m.alias desc", MasterKeyVersion.class)
                .setMaxResults(1).getResultList().stream().findFirst();
    }

    /** Every master key version recorded, oldest first. */
    public List<MasterKeyVersion> masterKeys() {
        return em.createQuery("select m from MasterKeyVersion m order by m.activatedAt, m.alias", MasterKeyVersion.class).getResultList();
    }

    /** How many live wrapped keys are under {@code alias}. */
    public long countUnder(String alias) {
        return em.createQuery("select count(k) from WrappedDataKey k where k.masterAlias = :alias", Long.class)
                .setParameter("alias", alias).getSingleResult();
    }

    public boolean knowsMasterAlias(String alias) {
        return em.find(MasterKeyVersion.class, alias) != null;
    }

    /**
     * Records a master key version, with the check value of its key, as the current one (once; a second
     * activation of the same alias changes nothing).
     */
    public void activate(String alias, String checkValue, Instant at, String by) {
        if (!knowsMasterAlias(alias)) {
            em.persist(new MasterKeyVersion(alias, at, by, checkValue));
            em.flush();
        }
    }

    /** Up to {@code limit} wrapped keys not under {@code alias}, locked for this transaction; rows another node holds are skipped. */
    public List<WrappedDataKey> keysNotUnder(String alias, int limit) {
        return em.createQuery("select k from WrappedDataKey k where k.masterAlias <> :alias order by k.itemId", WrappedDataKey.class)
                .setParameter("alias", alias).setMaxResults(limit)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setHint(SKIP_LOCKED, -2)
                .getResultList();
    }

    /** How many live wrapped keys are under each master key version other than {@code alias}. */
    public long countNotUnder(String alias) {
        return em.createQuery("select count(k) from WrappedDataKey k where k.masterAlias <> :alias", Long.class)
                .setParameter("alias", alias).getSingleResult();
    }
}

package eu.csar.retention.domain;

import eu.csar.retention.api.RetentionBatchView;
import eu.csar.retention.api.RetentionCategory;
import eu.csar.retention.api.RetentionExtensionView;
import eu.csar.retention.api.RetentionOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The one place that knows the retention queries. Finding what is due locks the rows it returns
 * ({@code FOR UPDATE SKIP LOCKED}, ordered by id): two sweeps (two nodes, or the timer and a manual
 * run) share the work instead of doing it twice, and the batch's change, its record and its audit entry
 * commit together. What is done is visible in the data itself (an erased marker, a missing key or
 * name), so a sweep after a crash simply finds what is left. Extensions and confirmations hold a case
 * while {@code until} is in the future.
 */
@ApplicationScoped
public class RetentionRepository {

    static final String REPORT = "Report";
    static final String VICTIM_CASE = "VictimCase";

    @PersistenceContext(unitName = "csar")
    EntityManager em;

    // --- what is due ---

    /** Reports whose personal data are due: opened at or before {@code cutoff}, not yet anonymised, not held. */
    public List<UUID> dueReports(Instant cutoff, Instant now, int max) {
        return ids("select r.id from reports r where r.opened_at <= :cutoff and r.personal_data_erased_at is null"
                + " and not exists (select 1 from retention_extensions x where x.subject_type = 'Report'"
                + " and x.subject_id = cast(r.id as varchar) and x.until > :now)"
                + " order by r.id limit :max for update of r skip locked", cutoff, now, max);
    }

    /** Live vault items (their data key still wrapped) stored at or before {@code cutoff}, not held by their report's extension. */
    public List<UUID> dueVaultItems(Instant cutoff, Instant now, int max) {
        return ids("select i.id from vault_items i join vault_data_keys k on k.item_id = i.id where i.stored_at <= :cutoff"
                + " and not exists (select 1 from retention_extensions x where i.owner_context = 'reports'"
                + " and x.subject_type = 'Report' and x.subject_id = i.owner_reference and x.until > :now)"
                + " order by i.id limit :max for update of k skip locked", cutoff, now, max);
    }

    /** Victim cases withdrawn at or before {@code cutoff}, not yet anonymised, not held. */
    public List<UUID> dueVictimCases(Instant cutoff, Instant now, int max) {
        return ids("select c.id from victim_cases c where c.withdrawn_at <= :cutoff and c.personal_data_erased_at is null"
                + " and not exists (select 1 from retention_extensions x where x.subject_type = 'VictimCase'"
                + " and x.subject_id = cast(c.id as varchar) and x.until > :now)"
                + " order by c.id limit :max for update of c skip locked", cutoff, now, max);
    }

    /**
     * Audit pseudonyms whose name is due: no entry of theirs after {@code cutoff}. Never the name that
     * records the batch ({@code recorder}): erasing it in the batch's transaction would make the batch's
     * own audit entry register that name again in a transaction of its own, which would wait for this one.
     */
    public List<UUID> dueAuditActors(Instant cutoff, String recorder, int max) {
        @SuppressWarnings("unchecked")
        List<UUID> found = em.createNativeQuery("select a.actor_id from audit_actors a where a.first_seen <= :cutoff and a.name <> :recorder"
                        + " and not exists (select 1 from audit_events e where e.actor_id = a.actor_id and e.occurred_at > :cutoff)"
                        + " order by a.actor_id limit :max for update of a skip locked")
                .setParameter("cutoff", ts(cutoff)).setParameter("recorder", recorder).setParameter("max", max).getResultList();
        return found;
    }

    @SuppressWarnings("unchecked")
    private List<UUID> ids(String sql, Instant cutoff, Instant now, int max) {
        return em.createNativeQuery(sql).setParameter("cutoff", ts(cutoff)).setParameter("now", ts(now))
                .setParameter("max", max).getResultList();
    }

    // --- what the sweep does ---

    /** Clears the personal data of the reports (Art 13(1)): user identifiers, IP address and port, location, other data. */
    public int anonymiseReports(Collection<UUID> ids, Instant now) {
        return em.createNativeQuery("update reports set ip_address = null, ip_port = null, location_observed_at = null,"
                        + " location_country = null, user_identifiers = null, other_data = null,"
                        + " personal_data_erased_at = :now, version = version + 1 where id in (:ids)")
                .setParameter("now", ts(now)).setParameter("ids", ids).executeUpdate();
    }

    /** Clears the victim cases' contact reference and access code and ends their sessions. */
    public int anonymiseVictimCases(Collection<UUID> ids, Instant now) {
        em.createNativeQuery("delete from victim_sessions where case_id in (:ids)").setParameter("ids", ids).executeUpdate();
        return em.createNativeQuery("update victim_cases set contact_reference = 'erased', code_hash = null, code_salt = null,"
                        + " code_iterations = null, code_revoked_at = coalesce(code_revoked_at, :now), locked_until = null,"
                        + " personal_data_erased_at = :now, version = version + 1 where id in (:ids)")
                .setParameter("now", ts(now)).setParameter("ids", ids).executeUpdate();
    }

    /** Deletes up to {@code max} ended victim sessions and wrong-sign-in counters older than {@code cutoff}. */
    public int deleteVictimSignIns(Instant cutoff, int max) {
        int sessions = em.createNativeQuery("delete from victim_sessions where token_hash in (select token_hash from victim_sessions"
                        + " where expires_at <= :cutoff order by token_hash limit :max for update skip locked)")
                .setParameter("cutoff", ts(cutoff)).setParameter("max", max).executeUpdate();
        int failures = em.createNativeQuery("delete from victim_address_failures where address_hash in (select address_hash"
                        + " from victim_address_failures where window_start <= :cutoff order by address_hash limit :max for update skip locked)")
                .setParameter("cutoff", ts(cutoff)).setParameter("max", Math.max(0, max - sessions)).executeUpdate();
        return sessions + failures;
    }

    /**
     * Forgets the names behind the pseudonyms (the audit context's retention hook,
     * {@code audit_actors}): the chained entries keep the pseudonym, so the chain stays verifiable.
     */
    public int eraseAuditActors(Collection<UUID> actorIds) {
        return em.createNativeQuery("delete from audit_actors where actor_id in (:ids)").setParameter("ids", actorIds).executeUpdate();
    }

    // --- the batches ---

    public void addBatch(RetentionBatchView batch) {
        em.createNativeQuery("insert into retention_batches (id, category, rule, outcome, item_count, first_id, last_id, executed_at,"
                        + " profile_id, profile_version, article) values (:id, :category, :rule, :outcome, :count, :first, :last, :at,"
                        + " :profileId, :profileVersion, :article)")
                .setParameter("id", batch.id()).setParameter("category", batch.category().name()).setParameter("rule", batch.rule())
                .setParameter("outcome", batch.outcome().name()).setParameter("count", batch.count())
                .setParameter("first", batch.firstId()).setParameter("last", batch.lastId()).setParameter("at", ts(batch.executedAt()))
                .setParameter("profileId", batch.profileId()).setParameter("profileVersion", batch.profileVersion())
                .setParameter("article", batch.article()).executeUpdate();
    }

    /** The newest batches first; {@code category} null for all. */
    public List<RetentionBatchView> batches(RetentionCategory category, int first, int max) {
        var query = em.createNativeQuery("select id, category, rule, outcome, item_count, first_id, last_id, executed_at,"
                        + " profile_id, profile_version, article from retention_batches"
                        + (category == null ? "" : " where category = :category")
                        + " order by executed_at desc, id limit :max offset :first")
                .setParameter("max", max).setParameter("first", first);
        if (category != null) {
            query.setParameter("category", category.name());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(RetentionRepository::batch).toList();
    }

    public long countBatches() {
        return ((Number) em.createNativeQuery("select count(*) from retention_batches").getSingleResult()).longValue();
    }

    private static RetentionBatchView batch(Object[] r) {
        return new RetentionBatchView((UUID) r[0], RetentionCategory.valueOf((String) r[1]), (String) r[2],
                RetentionOutcome.valueOf((String) r[3]), ((Number) r[4]).intValue(), (String) r[5], (String) r[6], instant(r[7]),
                (String) r[8], ((Number) r[9]).intValue(), (String) r[10]);
    }

    // --- extensions ---

    public void addExtension(RetentionExtensionView extension) {
        em.createNativeQuery("insert into retention_extensions (id, subject_type, subject_id, kind, legal_basis, until, requested_by,"
                        + " requested_at) values (:id, :type, :subject, :kind, :basis, :until, :by, :at)")
                .setParameter("id", extension.id()).setParameter("type", extension.subjectType())
                .setParameter("subject", extension.subjectId()).setParameter("kind", extension.kind())
                .setParameter("basis", extension.legalBasis()).setParameter("until", ts(extension.until()))
                .setParameter("by", extension.requestedBy()).setParameter("at", ts(extension.requestedAt())).executeUpdate();
    }

    public List<RetentionExtensionView> extensions(String subjectType, String subjectId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, subject_type, subject_id, kind, legal_basis, until, requested_by, requested_at"
                        + " from retention_extensions where subject_type = :type and subject_id = :subject order by requested_at, id")
                .setParameter("type", subjectType).setParameter("subject", subjectId).getResultList();
        return rows.stream().map(r -> new RetentionExtensionView((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], instant(r[5]), (String) r[6], instant(r[7]))).toList();
    }

    /** The report's state: empty if there is no such report; else whether its personal data were already anonymised. */
    public Optional<Boolean> reportErased(UUID reportId) {
        return em.createNativeQuery("select personal_data_erased_at is not null from reports where id = :id")
                .setParameter("id", reportId).getResultStream().findFirst().map(b -> (Boolean) b);
    }

    /** The Member States (or EUROPOL) a report was forwarded to: the authorities that may extend its retention. */
    @SuppressWarnings("unchecked")
    public List<String> reportRecipients(UUID reportId) {
        return em.createNativeQuery("select recipient from report_deliveries where report_id = :id order by recipient")
                .setParameter("id", reportId).getResultList();
    }

    /** Reports whose personal data become due before {@code horizonCutoff} (opened at or before it), not anonymised: the report review. */
    public List<Object[]> reportsForReview(Instant horizonCutoff, Instant now, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select r.id, r.opened_at, (select max(x.until) from retention_extensions x"
                        + " where x.subject_type = 'Report' and x.subject_id = cast(r.id as varchar)) from reports r"
                        + " where r.opened_at <= :cutoff and r.personal_data_erased_at is null"
                        + " and not exists (select 1 from retention_extensions x where x.subject_type = 'Report'"
                        + " and x.subject_id = cast(r.id as varchar) and x.until > :now)"
                        + " order by r.opened_at, r.id limit :max")
                .setParameter("cutoff", ts(horizonCutoff)).setParameter("now", ts(now)).setParameter("max", max).getResultList();
        return rows;
    }

    static Timestamp ts(Instant at) {
        return Timestamp.from(at);
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }
}

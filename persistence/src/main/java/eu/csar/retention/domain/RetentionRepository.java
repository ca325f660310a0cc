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
 * The one place that knows the retention queries. It writes only the retention context's own tables
 * ({@code retention_batches}, {@code retention_extensions}); the data themselves are anonymised or deleted
 * through the owning contexts' doors ({@code ReportRetention}, {@code VictimRetention}, {@code ActorNameErasure},
 * {@code EvidenceVault.destroy}). Finding what is due (read, since the extensions that hold a case are this
 * context's) locks the rows it returns
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

    @SuppressWarnings("unchecked")
    private List<UUID> ids(String sql, Instant cutoff, Instant now, int max) {
        return em.createNativeQuery(sql).setParameter("cutoff", ts(cutoff)).setParameter("now", ts(now))
                .setParameter("max", max).getResultList();
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
        return rows.stream().map(RetentionRepository::extension).toList();
    }

    /** The extensions of the subjects {@code subjectIds} of one type, in one query: by subject, then oldest first. */
    public List<RetentionExtensionView> extensions(String subjectType, Collection<String> subjectIds) {
        if (subjectIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, subject_type, subject_id, kind, legal_basis, until, requested_by, requested_at"
                        + " from retention_extensions where subject_type = :type and subject_id in (:subjects)"
                        + " order by subject_id, requested_at, id")
                .setParameter("type", subjectType).setParameter("subjects", subjectIds).getResultList();
        return rows.stream().map(RetentionRepository::extension).toList();
    }

    private static RetentionExtensionView extension(Object[] r) {
        return new RetentionExtensionView((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], instant(r[5]),
                (String) r[6], instant(r[7]));
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

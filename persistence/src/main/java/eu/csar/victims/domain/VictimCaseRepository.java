package eu.csar.victims.domain;

import eu.csar.shared.domain.MemberState;
import eu.csar.victims.api.VictimCaseId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Loads and stores victim cases, their victim-page sessions, the wrong sign-ins per client address
 * and the submissions sent from a case: the only place that knows their queries.
 */
@ApplicationScoped
public class VictimCaseRepository {

    /** Wrong sign-ins counted for one client address since {@code windowStart}. */
    public record AddressFailures(int failures, Instant windowStart) {
    }

    @PersistenceContext(unitName = "csar")
    private EntityManager em;

    public void add(VictimCase victimCase) {
        em.persist(victimCase);
    }

    public Optional<VictimCase> find(VictimCaseId id) {
        return Optional.ofNullable(em.find(VictimCase.class, id.value()));
    }

    /** The cases among {@code ids} that exist, in one query (unordered). */
    public List<VictimCase> findAll(Collection<VictimCaseId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from VictimCase c where c.id in :ids", VictimCase.class)
                .setParameter("ids", ids.stream().map(VictimCaseId::value).toList()).getResultList();
    }

    /** The case with its row locked until the transaction ends (sign-ins of one case queue up, so each wrong code counts). */
    public Optional<VictimCase> findForUpdate(VictimCaseId id) {
        if (em.createNativeQuery("select id from victim_cases where id = ?1 for update").setParameter(1, id.value())
                .getResultList().isEmpty()) {
            return Optional.empty();
        }
        VictimCase found = em.find(VictimCase.class, id.value());
        em.refresh(found);
        return Optional.of(found);
    }

    public Optional<VictimCaseId> byCaseNumber(String caseNumber) {
        List<?> rows = em.createNativeQuery("select id from victim_cases where case_number = ?1")
                .setParameter(1, caseNumber).getResultList();
        return rows.stream().findFirst().map(r -> new VictimCaseId((UUID) r));
    }

    /** The cases of {@code memberStates}, newest first. */
    public List<VictimCase> ofMemberStates(Collection<MemberState> memberStates, int max) {
        if (memberStates.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from VictimCase c where c.memberState in :states order by c.openedAt desc, c.id",
                VictimCase.class).setParameter("states", memberStates).setMaxResults(max).getResultList();
    }

    public void addSession(String tokenHash, VictimCaseId caseId, Instant at, Instant expiresAt) {
        em.createNativeQuery("insert into victim_sessions (token_hash, case_id, created_at, expires_at) values (?1, ?2, ?3, ?4)")
                .setParameter(1, tokenHash).setParameter(2, caseId.value()).setParameter(3, Timestamp.from(at))
                .setParameter(4, Timestamp.from(expiresAt)).executeUpdate();
    }

    /** The case a session token hash is signed in to, if it has not expired by {@code now}. */
    public Optional<VictimCaseId> sessionCase(String tokenHash, Instant now) {
        List<?> rows = em.createNativeQuery("select case_id from victim_sessions where token_hash = ?1 and expires_at > ?2")
                .setParameter(1, tokenHash).setParameter(2, Timestamp.from(now)).getResultList();
        return rows.stream().findFirst().map(r -> new VictimCaseId((UUID) r));
    }

    public void endSession(String tokenHash) {
        em.createNativeQuery("delete from victim_sessions where token_hash = ?1").setParameter(1, tokenHash).executeUpdate();
    }

    /** Ends every session of the case (its code was revoked or replaced); also drops expired ones of every case. */
    public int endSessions(VictimCaseId caseId, Instant now) {
        return em.createNativeQuery("delete from victim_sessions where case_id = ?1 or expires_at <= ?2")
                .setParameter(1, caseId.value()).setParameter(2, Timestamp.from(now)).executeUpdate();
    }

    /** Deletes every session expired by {@code now} (the sweep); returns how many. */
    public int endExpiredSessions(Instant now) {
        return em.createNativeQuery("delete from victim_sessions where expires_at <= ?1").setParameter(1, Timestamp.from(now)).executeUpdate();
    }

    /** Deletes the wrong-sign-in counts of addresses whose window started before {@code windowStartedBefore}; returns how many. */
    public int forgetAddressFailures(Instant windowStartedBefore) {
        return em.createNativeQuery("delete from victim_address_failures where window_start <= ?1")
                .setParameter(1, Timestamp.from(windowStartedBefore)).executeUpdate();
    }

    public AddressFailures addressFailures(String addressHash) {
        List<?> rows = em.createNativeQuery("select failures, window_start from victim_address_failures where address_hash = ?1 for update")
                .setParameter(1, addressHash).getResultList();
        if (rows.isEmpty()) {
            return new AddressFailures(0, null);
        }
        Object[] r = (Object[]) rows.get(0);
        return new AddressFailures(((Number) r[0]).intValue(), r[1] instanceof Instant at ? at : ((Timestamp) r[1]).toInstant());
    }

    /** Stores the count of wrong sign-ins of an address in the window that started at {@code windowStart}. */
    public void putAddressFailures(String addressHash, int failures, Instant windowStart) {
        em.createNativeQuery("insert into victim_address_failures (address_hash, window_start, failures) values (?1, ?2, ?3)"
                        + " on conflict (address_hash) do update set window_start = excluded.window_start, failures = excluded.failures")
                .setParameter(1, addressHash).setParameter(2, Timestamp.from(windowStart)).setParameter(3, failures).executeUpdate();
    }

    public void addSubmission(VictimCaseId caseId, UUID submissionId, Instant at) {
        em.createNativeQuery("insert into victim_case_submissions (case_id, submission_id, submitted_at) values (?1, ?2, ?3)")
                .setParameter(1, caseId.value()).setParameter(2, submissionId).setParameter(3, Timestamp.from(at)).executeUpdate();
    }

    /** How many submissions each of {@code caseIds} has, in one query (a case without any is absent). */
    public Map<UUID, Integer> submissionCounts(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        List<?> rows = em.createNativeQuery("select case_id, count(*) from victim_case_submissions where case_id in (:ids)"
                + " group by case_id").setParameter("ids", caseIds).getResultList();
        Map<UUID, Integer> counts = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            counts.put((UUID) r[0], ((Number) r[1]).intValue());
        }
        return counts;
    }

    /** The submissions sent from the case, oldest first. */
    public List<UUID> submissions(VictimCaseId caseId) {
        List<?> rows = em.createNativeQuery("select submission_id from victim_case_submissions where case_id = ?1"
                + " order by submitted_at, submission_id").setParameter(1, caseId.value()).getResultList();
        return rows.stream().map(UUID.class::cast).toList();
    }

    /**
     * Anonymises the cases (retention): the contact reference becomes {@code erased}, the access code is
     * cleared and revoked, the sessions end; the case number stays for the statistics. Set-based.
     */
    public int anonymise(Collection<UUID> ids, Instant now) {
        em.createNativeQuery("delete from victim_sessions where case_id in (:ids)").setParameter("ids", ids).executeUpdate();
        return em.createNativeQuery("update victim_cases set contact_reference = 'erased', code_hash = null, code_salt = null,"
                        + " code_iterations = null, code_revoked_at = coalesce(code_revoked_at, :now), locked_until = null,"
                        + " personal_data_erased_at = :now, version = version + 1 where id in (:ids) and personal_data_erased_at is null")
                .setParameter("now", Timestamp.from(now)).setParameter("ids", ids).executeUpdate();
    }

    /**
     * Deletes up to {@code max} sign-in traces older than {@code cutoff} (retention): ended sessions (token
     * hashes) first, then wrong-sign-in counters (client address hashes); returns how many.
     */
    public int deleteSignInTraces(Instant cutoff, int max) {
        int sessions = em.createNativeQuery("delete from victim_sessions where token_hash in (select token_hash from victim_sessions"
                        + " where expires_at <= :cutoff order by token_hash limit :max for update skip locked)")
                .setParameter("cutoff", Timestamp.from(cutoff)).setParameter("max", max).executeUpdate();
        int failures = em.createNativeQuery("delete from victim_address_failures where address_hash in (select address_hash"
                        + " from victim_address_failures where window_start <= :cutoff order by address_hash limit :max for update skip locked)")
                .setParameter("cutoff", Timestamp.from(cutoff)).setParameter("max", Math.max(0, max - sessions)).executeUpdate();
        return sessions + failures;
    }

    public void flush() {
        em.flush();
    }
}

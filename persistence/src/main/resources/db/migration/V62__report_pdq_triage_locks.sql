-- "Seen before" must not miss a pair of reports of the same picture triaged at the same moment
-- (docs/reports.md "Triage", "Both ways, and one at a time where it matters"). Two detection jobs in two of
-- the consumer's sessions do not see each other's uncommitted report_pdq_hashes rows, so before its
-- lookup a job takes transaction-level advisory locks on the band keys of its PDQ hashes
-- (eu.csar.reports.application.PdqBands.locks): EXCLUSIVE on each hash's 16 own band keys, SHARED on
-- the other 256 keys it probes (each band with one bit flipped), exclusive winning where a key is both.
-- Two hashes within 31 bits share a band in which they differ in at most one bit, so one's own key of
-- that band is among the other's probe keys: exclusive against shared (or exclusive) conflicts, the
-- second job waits for the first to commit, and its lookup (READ COMMITTED, a new snapshot per
-- statement) then sees the first's rows. Jobs whose hashes are further apart share no conflicting key
-- and do not wait for each other.
--
-- One statement takes them all, in ascending key order (the loop below over the sorted keys, not an
-- order of evaluation PostgreSQL does not promise): every job acquires in the same global order, so
-- these locks alone cannot deadlock. Key -1 is taken SHARED by every job with PDQ hashes, or
-- EXCLUSIVE instead of the band keys by a report with more PDQ hashes than PdqBands.LOCKED_HASHES
-- (272 locks per hash would otherwise fill PostgreSQL's lock table, max_locks_per_transaction x
-- (max_connections + max_prepared_transactions) slots, 10,496 with 64 x (100 + 64): 8 sessions x 2 hashes
-- x 272 = 4,352): it waits for every job with PDQ hashes and
-- they for it. The locks are released at COMMIT, ROLLBACK or COMMIT PREPARED (the job is an XA branch).
--
-- The first key of the two-key advisory locks is report_pdq_hashes' own oid: V61's counter slots use
-- transparency_counts' oid, so the two cannot meet.
CREATE FUNCTION report_pdq_lock(exclusive INT[], shared INT[]) RETURNS VOID LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    ns INT := 'report_pdq_hashes'::regclass::oid::INT;
    k RECORD;
BEGIN
    FOR k IN SELECT key, bool_or(x) AS x
             FROM (SELECT unnest(coalesce(exclusive, '{}')) AS key, TRUE AS x
                   UNION ALL SELECT unnest(coalesce(shared, '{}')), FALSE) keys
             GROUP BY key ORDER BY key LOOP
        IF k.x THEN
            PERFORM pg_advisory_xact_lock(ns, k.key);
        ELSE
            PERFORM pg_advisory_xact_lock_shared(ns, k.key);
        END IF;
    END LOOP;
END $$;

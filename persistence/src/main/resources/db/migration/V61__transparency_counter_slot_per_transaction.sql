-- A transparency counter slot that no other open transaction holds (docs/reports.md "A counter slot
-- per transaction, 2026-12-05"). V58 picked the slot as pg_backend_pid() % 64: every finished report
-- upserts the REPORTS_RECEIVED_BY_MS row of its year, Member State and type (shared by every
-- provider's reports) and holds that row's lock until it commits, so two pool sessions whose pids fell
-- in the same slot waited for each other's commit (under the load test transparency_add took 8.4 ms
-- a call from that trigger, 0.15 ms from the REPORTS_RECEIVED one: the same upsert).
--
-- Now a transaction takes a slot the first time it adds to a counter and keeps it until it ends: the
-- first of the 64 slots, starting at its backend's (pid % 64, so each session mostly gets the same
-- one), whose transaction-level advisory lock it gets without waiting. The lock is released with the
-- transaction's row locks (at COMMIT, ROLLBACK or COMMIT PREPARED), so the counter rows of a slot are
-- written by one open transaction at a time and no upsert waits for another's row lock: with the
-- pool's 40 sessions at most 40 of the 64 slots are held at once. Only when all 64 are held (more
-- than 64 writers at once) does a transaction wait, for its own backend's slot, as before V61. The
-- chosen slot is kept in a transaction-local setting, so the three or four trigger calls of one
-- report use one slot and one lock (a rolled-back savepoint forgets both together).
--
-- Counts stay exact whichever slot a row goes to (the upsert adds to it); reports read the sum over
-- the slots (TransparencyReportRepository), and the slot numbers stay 0-63, so the rows already
-- counted stay where they are. The advisory lock's first key is transparency_counts' own oid, so it
-- cannot meet another use of two-key advisory locks.
CREATE FUNCTION transparency_slot() RETURNS SMALLINT LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    kept TEXT := current_setting('csar.transparency_slot', true);
    counters INT := 'transparency_counts'::regclass::oid::INT;
    own INT := pg_backend_pid() % 64;
    candidate INT;
BEGIN
    IF kept <> '' THEN
        RETURN kept::SMALLINT;
    END IF;
    FOR i IN 0..63 LOOP
        candidate := (own + i) % 64;
        IF pg_try_advisory_xact_lock(counters, candidate) THEN
            PERFORM set_config('csar.transparency_slot', candidate::TEXT, true);
            RETURN candidate;
        END IF;
    END LOOP;
    PERFORM pg_advisory_xact_lock(counters, own);
    PERFORM set_config('csar.transparency_slot', own::TEXT, true);
    RETURN own;
END $$;

CREATE OR REPLACE FUNCTION transparency_add(events JSONB) RETURNS VOID LANGUAGE plpgsql AS $$
DECLARE
    chosen SMALLINT := transparency_slot();
BEGIN
    INSERT INTO transparency_counts AS c (year, figure, member_state, provider_id, category, detail, slot, count)
    SELECT (e->>'y')::SMALLINT, e->>'f', coalesce(e->>'m', ''),
           coalesce((e->>'p')::UUID, '00000000-0000-0000-0000-000000000000'), coalesce(e->>'c', ''), coalesce(e->>'d', ''),
           chosen, sum((e->>'n')::BIGINT)
    FROM jsonb_array_elements(coalesce(events, '[]')) e
    WHERE (e->>'y') IS NOT NULL AND (e->>'n')::BIGINT <> 0
    GROUP BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (year, figure, member_state, provider_id, category, detail, slot)
        DO UPDATE SET count = c.count + EXCLUDED.count;
END $$;

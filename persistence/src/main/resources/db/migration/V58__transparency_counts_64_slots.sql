-- The transparency counters spread over 64 slots rather than four (V47 kept them apart
-- by pg_backend_pid() % 4). Every finished report upserts shared counter rows through the triggers of
-- V47 and V54 (e.g. REPORTS_RECEIVED_BY_MS: year, the location's Member State, type) and holds each
-- row's lock until its transaction commits, so with four slots at most four report transactions of
-- the same key could be between their insert and their commit at once, whatever the pool size: with
-- 32 concurrent transactions holding the row 20 ms, 182 commits/s and 175 ms average latency at 4
-- slots, 1,454/s and 22 ms at 64 (pgbench, docs/reports.md "Row locks on the transparency counters").
-- With the pool's 40 sessions (DB_MAX_POOL) over 64 slots, a slot is shared by one or two sessions
-- rather than ten; a hot key has at most 64 rows. Reports read the sum over the slots
-- (TransparencyReportRepository), so the rows already counted stay where they are.
CREATE OR REPLACE FUNCTION transparency_add(events JSONB) RETURNS VOID LANGUAGE sql AS $$
    INSERT INTO transparency_counts AS c (year, figure, member_state, provider_id, category, detail, slot, count)
    SELECT (e->>'y')::SMALLINT, e->>'f', coalesce(e->>'m', ''),
           coalesce((e->>'p')::UUID, '00000000-0000-0000-0000-000000000000'), coalesce(e->>'c', ''), coalesce(e->>'d', ''),
           (pg_backend_pid() % 64)::SMALLINT, sum((e->>'n')::BIGINT)
    FROM jsonb_array_elements(coalesce(events, '[]')) e
    WHERE (e->>'y') IS NOT NULL AND (e->>'n')::BIGINT <> 0
    GROUP BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (year, figure, member_state, provider_id, category, detail, slot)
        DO UPDATE SET count = c.count + EXCLUDED.count
$$;

-- What PostgreSQL spends per report on the transparency counters, made smaller (docs/reports.md
-- "PostgreSQL's CPU per report, 2026-12-05"). Every finished report fires V47's and V54's statement
-- triggers, which call transparency_add() (and, for its items, transparency_report_items()). Both
-- were LANGUAGE sql functions that cannot be inlined (an INSERT; a SELECT with FROM), and PostgreSQL
-- parses, analyses and plans the body of such a function again at EVERY call: under a pgbench of the
-- intake's writes that was a quarter of PostgreSQL's CPU (perf: fmgr_sql 25 %, the planner under it).
-- The same statements in PL/pgSQL are prepared once per session and their plans kept (the pool's
-- sessions live for hours). Same signatures, same statements, same results: every trigger of V47 and
-- V54 calls them as before.
CREATE OR REPLACE FUNCTION transparency_add(events JSONB) RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO transparency_counts AS c (year, figure, member_state, provider_id, category, detail, slot, count)
    SELECT (e->>'y')::SMALLINT, e->>'f', coalesce(e->>'m', ''),
           coalesce((e->>'p')::UUID, '00000000-0000-0000-0000-000000000000'), coalesce(e->>'c', ''), coalesce(e->>'d', ''),
           (pg_backend_pid() % 64)::SMALLINT, sum((e->>'n')::BIGINT)
    FROM jsonb_array_elements(coalesce(events, '[]')) e
    WHERE (e->>'y') IS NOT NULL AND (e->>'n')::BIGINT <> 0
    GROUP BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (year, figure, member_state, provider_id, category, detail, slot)
        DO UPDATE SET count = c.count + EXCLUDED.count;
END $$;

CREATE OR REPLACE FUNCTION transparency_report_items(report UUID, provider UUID, type TEXT, finished TIMESTAMPTZ) RETURNS JSONB
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (SELECT jsonb_build_array(
        transparency_event(transparency_year(finished), 'REPORT_ITEMS', '', provider, type, '', count(*)),
        transparency_event(transparency_year(finished), 'REPORT_ITEMS_SEEN_BEFORE', '', provider, type, '',
            count(*) FILTER (WHERE EXISTS (SELECT 1 FROM report_evidence pe JOIN reports pr ON pr.id = pe.report_id
                                           WHERE pe.kind = e.kind AND pe.hash_value = e.hash_value
                                             AND pe.report_id <> report AND pr.finished_at < finished))))
    FROM report_evidence e WHERE e.report_id = report);
END $$;

-- The counter rows are updated by every report of their key (64 slots per key, V58): an UPDATE that
-- changes no indexed column (only count) is a HOT update when the new version fits on the same page,
-- with no new index entries, and the page's dead versions are pruned by the next reader without a
-- VACUUM (autovacuum may be off or behind, and a long transaction holds back what can be pruned).
-- On a full page the version goes to another page with new entries in both indexes, and the upsert's
-- conflict check then visits the row's dead versions through the index until a vacuum. At 10 rows a
-- page (about 100 when packed) each row has room for its next versions; a reader also prunes as soon
-- as the page is fuller than that. Rewritten so the rows already stored spread out too (small: 17,785
-- rows for 10 million reports, docs/transparency.md).
ALTER TABLE transparency_counts SET (fillfactor = 10);
CLUSTER transparency_counts USING transparency_counts_pkey;

-- idempotency_keys: a row is inserted empty at the claim and grows at its update (the answer kept,
-- 1-2 kB for a report), so half of each new page stays free for the answers of the rows inserted there
-- (pgbench of the intake's writes: 69 % of these updates HOT at fillfactor 100, 98 % at 50). The rows
-- expire and are purged, so the pages already written are not rewritten.
ALTER TABLE idempotency_keys SET (fillfactor = 50);

-- Transparency reports (Art 83-84 of COM(2022) 209, issue 13 §1). Statistics are never typed in and
-- a report never scans the raw tables: every figure is a sum over transparency_counts, kept up to
-- date by the statement-level triggers below IN THE SAME TRANSACTION as the move that changes it (a
-- report finished or decided, an order entering a state, an indicator's move, a provider's
-- false-positive flag, a victim's case and requests). The counters hold counts only, keyed by year,
-- figure, Member State, provider, category and detail (a type, a reason, a state, a histogram
-- bucket), never a person. slot spreads concurrent writers of one key over four rows (the backend's
-- pid modulo 4), so two intakes do not queue on one counter row; a report sums the slots. The end of
-- this file backfills the counters from the rows already stored (docs/transparency.md).
CREATE TABLE transparency_counts (
    year          SMALLINT     NOT NULL,
    figure        VARCHAR(40)  NOT NULL,
    member_state  VARCHAR(8)   NOT NULL DEFAULT '',
    provider_id   UUID         NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000',
    category      VARCHAR(32)  NOT NULL DEFAULT '',
    detail        VARCHAR(32)  NOT NULL DEFAULT '',
    slot          SMALLINT     NOT NULL DEFAULT 0,
    count         BIGINT       NOT NULL,
    PRIMARY KEY (year, figure, member_state, provider_id, category, detail, slot)
);
CREATE INDEX transparency_counts_provider_idx ON transparency_counts (provider_id, year);

CREATE FUNCTION transparency_year(at TIMESTAMPTZ) RETURNS SMALLINT LANGUAGE sql IMMUTABLE AS
$$ SELECT extract(YEAR FROM at AT TIME ZONE 'UTC')::SMALLINT $$;

-- The removal-time histogram: the upper bound in minutes of the bucket holding d; 99999 is "more than
-- 7 days". The same bounds are RemovalTimeHistogram.BOUNDS_MINUTES (Java), which reads medians from them.
CREATE FUNCTION transparency_removal_bucket(d INTERVAL) RETURNS VARCHAR LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce((SELECT min(b)::TEXT FROM unnest(ARRAY[15, 30, 60, 120, 180, 240, 360, 480, 720, 960, 1200, 1440,
                                                           1800, 2160, 2880, 4320, 10080]) AS b
                     WHERE extract(EPOCH FROM d) <= b * 60), '99999')
$$;

-- The one door: adds a set of events (year, figure, member_state, provider, category, detail, n),
-- passed as a JSON array so that every trigger below shares this upsert.
CREATE FUNCTION transparency_add(events JSONB) RETURNS VOID LANGUAGE sql AS $$
    INSERT INTO transparency_counts AS c (year, figure, member_state, provider_id, category, detail, slot, count)
    SELECT (e->>'y')::SMALLINT, e->>'f', coalesce(e->>'m', ''),
           coalesce((e->>'p')::UUID, '00000000-0000-0000-0000-000000000000'), coalesce(e->>'c', ''), coalesce(e->>'d', ''),
           (pg_backend_pid() % 4)::SMALLINT, sum((e->>'n')::BIGINT)
    FROM jsonb_array_elements(coalesce(events, '[]')) e
    WHERE (e->>'y') IS NOT NULL AND (e->>'n')::BIGINT <> 0
    GROUP BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (year, figure, member_state, provider_id, category, detail, slot)
        DO UPDATE SET count = c.count + EXCLUDED.count
$$;

CREATE FUNCTION transparency_event(y SMALLINT, f TEXT, m TEXT, p UUID, c TEXT, d TEXT, n BIGINT) RETURNS JSONB
LANGUAGE sql IMMUTABLE AS $$ SELECT jsonb_build_object('y', y, 'f', f, 'm', m, 'p', p, 'c', c, 'd', d, 'n', n) $$;

-- Items of a report just finished, and those whose (kind, hash) an earlier finished report carried.
CREATE FUNCTION transparency_report_items(report UUID, provider UUID, type TEXT, finished TIMESTAMPTZ) RETURNS JSONB
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_array(
        transparency_event(transparency_year(finished), 'REPORT_ITEMS', '', provider, type, '', count(*)),
        transparency_event(transparency_year(finished), 'REPORT_ITEMS_SEEN_BEFORE', '', provider, type, '',
            count(*) FILTER (WHERE EXISTS (SELECT 1 FROM report_evidence pe JOIN reports pr ON pr.id = pe.report_id
                                           WHERE pe.kind = e.kind AND pe.hash_value = e.hash_value
                                             AND pe.report_id <> report AND pr.finished_at < finished))))
    FROM report_evidence e WHERE e.report_id = report
$$;

-- Reports: received (finished: Art 12), forwarded (Art 48(3): per report, and per recipient Member
-- State or Europol), manifestly unfounded (Art 48(2), with its reason), items and items seen before.
CREATE FUNCTION transparency_reports_moved() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM transparency_add((SELECT jsonb_agg(transparency_event(transparency_year(n.finished_at), 'REPORTS_RECEIVED', '',
                                                   n.provider_id, n.report_type, '', 1))
                                  FROM new_rows n WHERE n.finished_at IS NOT NULL));
        RETURN NULL;
    END IF;
    PERFORM transparency_add((SELECT jsonb_agg(ev) FROM (
        SELECT transparency_event(transparency_year(n.finished_at), 'REPORTS_RECEIVED', '', n.provider_id, n.report_type, '', 1) ev
        FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.finished_at IS NOT NULL AND o.finished_at IS NULL
        UNION ALL
        SELECT jsonb_array_elements(transparency_report_items(n.id, n.provider_id, n.report_type, n.finished_at))
        FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.finished_at IS NOT NULL AND o.finished_at IS NULL
        UNION ALL
        SELECT transparency_event(transparency_year(n.decided_at),
                                  CASE n.decision WHEN 'FORWARD' THEN 'REPORTS_FORWARDED' ELSE 'REPORTS_UNFOUNDED' END, '',
                                  n.provider_id, n.report_type, coalesce(n.unfounded_reason, ''), 1)
        FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.decision IS NOT NULL AND o.decision IS NULL
        UNION ALL
        SELECT transparency_event(transparency_year(n.decided_at), 'REPORTS_FORWARDED_TO', r.recipient, n.provider_id,
                                  n.report_type, '', 1)
        FROM new_rows n JOIN old_rows o ON o.id = n.id
        CROSS JOIN LATERAL (SELECT trim(s) FROM regexp_split_to_table(coalesce(n.jurisdiction_member_states, ''), '[ ,;]+') s
                            WHERE trim(s) <> ''
                            UNION ALL SELECT 'EUROPOL' WHERE n.jurisdiction_europol) r(recipient)
        WHERE n.decision = 'FORWARD' AND o.decision IS NULL) events));
    RETURN NULL;
END $$;
CREATE TRIGGER transparency_reports_inserted AFTER INSERT ON reports REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION transparency_reports_moved();
CREATE TRIGGER transparency_reports_updated AFTER UPDATE ON reports REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION transparency_reports_moved();

-- Evidence inserted into a report that is already finished (a report submitted in one call: the
-- report row is inserted FINISHED, its items after it).
CREATE FUNCTION transparency_evidence_added() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    PERFORM transparency_add((SELECT jsonb_agg(ev) FROM (
        SELECT jsonb_array_elements(transparency_report_items(r.id, r.provider_id, r.report_type, r.finished_at)) ev
        FROM reports r WHERE r.finished_at IS NOT NULL AND r.id IN (SELECT report_id FROM new_rows)
          -- only the reports whose every item arrived in this statement (else the report update counted them)
          AND NOT EXISTS (SELECT 1 FROM report_evidence e WHERE e.report_id = r.id
                          AND e.id NOT IN (SELECT id FROM new_rows WHERE report_id = r.id))) events));
    RETURN NULL;
END $$;
CREATE TRIGGER transparency_evidence_inserted AFTER INSERT ON report_evidence REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION transparency_evidence_added();

-- Orders (Art 7, 14, 16, 18a): each order entering a state, by type, issuing Member State and
-- provider; removal orders also their outcome (measure taken, redress) and their removal time:
-- executed_at - received_at into the histogram, and whether it passed the execution deadline.
CREATE FUNCTION transparency_orders_moved() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
    kind TEXT := TG_ARGV[0];
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM transparency_add((SELECT jsonb_agg(transparency_event(transparency_year((r->>'state_changed_at')::TIMESTAMPTZ),
                     'ORDER_STATE', coalesce(r->>'issuing_member_state', r->>'member_state'), (r->>'provider_id')::UUID,
                     coalesce(r->>'order_type', kind), r->>'state', 1))
                 FROM (SELECT to_jsonb(n) r FROM new_rows n) x));
        RETURN NULL;
    END IF;
    PERFORM transparency_add((SELECT jsonb_agg(ev) FROM (
        SELECT transparency_event(transparency_year((n->>'state_changed_at')::TIMESTAMPTZ), 'ORDER_STATE',
                   coalesce(n->>'issuing_member_state', n->>'member_state'), (n->>'provider_id')::UUID,
                   coalesce(n->>'order_type', kind), n->>'state', 1) ev
        FROM (SELECT to_jsonb(x) n, x.id FROM new_rows x) nn JOIN (SELECT to_jsonb(y) o, y.id FROM old_rows y) oo USING (id)
        WHERE n->>'state' IS DISTINCT FROM o->>'state') events));
    IF kind = 'REMOVAL' THEN
        PERFORM transparency_add((SELECT jsonb_agg(ev) FROM (
            SELECT transparency_event(transparency_year(n.executed_at), 'REMOVAL_TIME', n.issuing_member_state, n.provider_id,
                                      'REMOVAL', transparency_removal_bucket(n.executed_at - n.received_at), 1) ev
            FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE n.executed_at IS NOT NULL AND o.executed_at IS NULL AND n.received_at IS NOT NULL
            UNION ALL
            SELECT transparency_event(transparency_year(n.executed_at), 'REMOVAL_OVER_DEADLINE', n.issuing_member_state,
                                      n.provider_id, 'REMOVAL', '', 1)
            FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE n.executed_at IS NOT NULL AND o.executed_at IS NULL AND n.executed_at > n.execution_due_at
            UNION ALL
            SELECT transparency_event(transparency_year(n.executed_at), 'ORDER_OUTCOME', n.issuing_member_state, n.provider_id,
                                      'REMOVAL', n.measure_taken, 1)
            FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE n.measure_taken IS NOT NULL AND o.measure_taken IS NULL AND n.executed_at IS NOT NULL
            UNION ALL
            SELECT transparency_event(transparency_year(n.redress_outcome_at), 'ORDER_OUTCOME', n.issuing_member_state,
                                      n.provider_id, 'REMOVAL', 'REDRESS_' || n.redress_outcome, 1)
            FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE n.redress_outcome IS NOT NULL AND o.redress_outcome IS NULL AND n.redress_outcome_at IS NOT NULL) events));
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER transparency_removal_orders_inserted AFTER INSERT ON removal_orders REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION transparency_orders_moved('REMOVAL');
CREATE TRIGGER transparency_removal_orders_updated AFTER UPDATE ON removal_orders
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION transparency_orders_moved('REMOVAL');
CREATE TRIGGER transparency_detection_orders_inserted AFTER INSERT ON detection_orders REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION transparency_orders_moved('DETECTION');
CREATE TRIGGER transparency_detection_orders_updated AFTER UPDATE ON detection_orders
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION transparency_orders_moved('DETECTION');
CREATE TRIGGER transparency_url_list_orders_inserted AFTER INSERT ON url_list_orders REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION transparency_orders_moved('URL_LIST');
CREATE TRIGGER transparency_url_list_orders_updated AFTER UPDATE ON url_list_orders
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION transparency_orders_moved('URL_LIST');

-- Indicators (Art 44-46): added (first ACTIVE), quarantined, disabled, retired, by kind; provenance
-- links withdrawn; providers' false-positive flags raised and resolved (the accuracy feedback).
CREATE FUNCTION transparency_indicators_moved() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM transparency_add((SELECT jsonb_agg(transparency_event(y, 'INDICATORS', '', NULL, k, d, n)) FROM (
            SELECT transparency_year(n.state_changed_at) y, n.kind k, CASE n.state WHEN 'ACTIVE' THEN 'ADDED' ELSE n.state END d,
                   count(*) n
            FROM new_rows n WHERE n.state IN ('ACTIVE', 'QUARANTINED', 'DISABLED', 'RETIRED')
            GROUP BY 1, 2, 3) events));
        RETURN NULL;
    END IF;
    PERFORM transparency_add((SELECT jsonb_agg(transparency_event(y, 'INDICATORS', '', NULL, k, d, n)) FROM (
        SELECT transparency_year(n.state_changed_at) y, n.kind k, CASE n.state WHEN 'ACTIVE' THEN 'ADDED' ELSE n.state END d,
               count(*) n
        FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE n.state IS DISTINCT FROM o.state AND (n.state IN ('QUARANTINED', 'DISABLED', 'RETIRED')
                                                     OR (n.state = 'ACTIVE' AND o.state IN ('SUBMITTED', 'VERIFIED')))
        GROUP BY 1, 2, 3) events));
    RETURN NULL;
END $$;
CREATE TRIGGER transparency_indicators_inserted AFTER INSERT ON indicators REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION transparency_indicators_moved();
CREATE TRIGGER transparency_indicators_updated AFTER UPDATE ON indicators REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION transparency_indicators_moved();

CREATE FUNCTION transparency_provenance_withdrawn() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    PERFORM transparency_add((SELECT jsonb_agg(transparency_event(transparency_year(n.withdrawn_at), 'INDICATORS', '', NULL,
                                                                  '', 'WITHDRAWN', 1))
                              FROM new_rows n JOIN old_rows o ON o.id = n.id
                              WHERE n.withdrawn_at IS NOT NULL AND o.withdrawn_at IS NULL));
    RETURN NULL;
END $$;
CREATE TRIGGER transparency_provenance_updated AFTER UPDATE ON indicator_provenance
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION transparency_provenance_withdrawn();

CREATE FUNCTION transparency_flags_moved() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM transparency_add((SELECT jsonb_agg(transparency_event(transparency_year(n.flagged_at), 'FALSE_POSITIVE_FLAGS', '',
                                                                      n.provider_id, '', 'RAISED', 1)) FROM new_rows n));
        RETURN NULL;
    END IF;
    PERFORM transparency_add((SELECT jsonb_agg(transparency_event(transparency_year(n.resolved_at), 'FALSE_POSITIVE_FLAGS', '',
                                                                  n.provider_id, '', n.resolution, 1))
                              FROM new_rows n JOIN old_rows o ON o.id = n.id
                              WHERE n.resolution IS NOT NULL AND o.resolution IS NULL));
    RETURN NULL;
END $$;
CREATE TRIGGER transparency_flags_inserted AFTER INSERT ON indicator_flags REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION transparency_flags_moved();
CREATE TRIGGER transparency_flags_updated AFTER UPDATE ON indicator_flags REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION transparency_flags_moved();

-- Victims (Art 20-21): cases opened and withdrawn, and the removal-assistance requests they sent, by
-- the Member State of the Coordinating Authority.
CREATE FUNCTION transparency_victims_moved() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'victim_case_submissions' THEN
        PERFORM transparency_add((SELECT jsonb_agg(transparency_event(transparency_year(n.submitted_at), 'VICTIMS', v.member_state,
                                                                      NULL, '', 'REQUEST', 1))
                                  FROM new_rows n JOIN victim_cases v ON v.id = n.case_id));
    ELSIF TG_OP = 'INSERT' THEN
        PERFORM transparency_add((SELECT jsonb_agg(transparency_event(transparency_year(n.opened_at), 'VICTIMS', n.member_state,
                                                                      NULL, '', 'CASE_OPENED', 1)) FROM new_rows n));
    ELSE
        PERFORM transparency_add((SELECT jsonb_agg(transparency_event(transparency_year(n.withdrawn_at), 'VICTIMS', n.member_state,
                                                                      NULL, '', 'CASE_WITHDRAWN', 1))
                                  FROM new_rows n JOIN old_rows o ON o.id = n.id
                                  WHERE n.withdrawn_at IS NOT NULL AND o.withdrawn_at IS NULL));
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER transparency_victim_cases_inserted AFTER INSERT ON victim_cases REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION transparency_victims_moved();
CREATE TRIGGER transparency_victim_cases_updated AFTER UPDATE ON victim_cases REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION transparency_victims_moved();
CREATE TRIGGER transparency_victim_requests_inserted AFTER INSERT ON victim_case_submissions REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION transparency_victims_moved();

-- The reports themselves: one row per (kind, scope, year, version). A DRAFT may be regenerated; a
-- PUBLISHED version never changes (the trigger below refuses UPDATE and DELETE of it and of its
-- figures); a correction is the next version, with the required note saying what changed.
CREATE TABLE transparency_reports (
    id                     UUID          PRIMARY KEY,
    kind                   VARCHAR(16)   NOT NULL CHECK (kind IN ('CENTRE', 'AUTHORITY', 'PROVIDER')),
    -- EU for the Centre, the Member State's code, or the provider's id
    scope                  VARCHAR(40)   NOT NULL,
    year                   SMALLINT      NOT NULL,
    version                INTEGER       NOT NULL CHECK (version >= 1),
    state                  VARCHAR(16)   NOT NULL CHECK (state IN ('DRAFT', 'PUBLISHED')),
    profile_id             VARCHAR(40)   NOT NULL,
    profile_version        INTEGER       NOT NULL,
    suppression_threshold  INTEGER       NOT NULL CHECK (suppression_threshold >= 1),
    due_on                 DATE          NOT NULL,
    correction_note        VARCHAR(2000),
    generated_by           VARCHAR(200)  NOT NULL,
    generated_at           TIMESTAMPTZ   NOT NULL,
    published_by           VARCHAR(200),
    published_at           TIMESTAMPTZ,
    CONSTRAINT transparency_reports_version UNIQUE (kind, scope, year, version),
    CONSTRAINT transparency_reports_published CHECK ((state = 'PUBLISHED') = (published_at IS NOT NULL)),
    CONSTRAINT transparency_reports_correction CHECK (version = 1 OR length(trim(correction_note)) > 0)
);
-- At most one draft per report at a time.
CREATE UNIQUE INDEX transparency_reports_one_draft ON transparency_reports (kind, scope, year) WHERE state = 'DRAFT';

CREATE TABLE transparency_report_figures (
    report_id     UUID         NOT NULL REFERENCES transparency_reports (id),
    position      INTEGER      NOT NULL,
    figure        VARCHAR(40)  NOT NULL,
    member_state  VARCHAR(8)   NOT NULL,
    provider_id   UUID,
    category      VARCHAR(32)  NOT NULL,
    detail        VARCHAR(32)  NOT NULL,
    value         BIGINT       NOT NULL,
    PRIMARY KEY (report_id, position)
);

CREATE FUNCTION transparency_published_immutable() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'transparency_reports' THEN
        IF OLD.state = 'PUBLISHED' THEN
            RAISE EXCEPTION 'transparency report % version % is published and cannot change (publish a correction)',
                OLD.id, OLD.version USING ERRCODE = 'check_violation';
        END IF;
        RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF EXISTS (SELECT 1 FROM transparency_reports r WHERE r.state = 'PUBLISHED'
               AND r.id = CASE TG_OP WHEN 'INSERT' THEN NEW.report_id ELSE OLD.report_id END) THEN
        RAISE EXCEPTION 'the figures of a published transparency report cannot change' USING ERRCODE = 'check_violation';
    END IF;
    RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER transparency_reports_immutable BEFORE UPDATE OR DELETE ON transparency_reports
    FOR EACH ROW EXECUTE FUNCTION transparency_published_immutable();
CREATE TRIGGER transparency_report_figures_immutable BEFORE INSERT OR UPDATE OR DELETE ON transparency_report_figures
    FOR EACH ROW EXECUTE FUNCTION transparency_published_immutable();

-- Backfill: the same events from the rows already stored (also what bin/bench-transparency runs
-- after generating its data). Order states come from the status histories (one row per move).
CREATE FUNCTION transparency_backfill() RETURNS VOID LANGUAGE sql AS $$
    DELETE FROM transparency_counts;
    INSERT INTO transparency_counts (year, figure, member_state, provider_id, category, detail, slot, count)
    SELECT y, f, m, coalesce(p, '00000000-0000-0000-0000-000000000000'), c, d, 0, sum(n) FROM (
        SELECT transparency_year(finished_at) y, 'REPORTS_RECEIVED' f, '' m, provider_id p, report_type c, '' d, count(*) n
        FROM reports WHERE finished_at IS NOT NULL GROUP BY 1, 4, 5
        UNION ALL
        SELECT transparency_year(decided_at), CASE decision WHEN 'FORWARD' THEN 'REPORTS_FORWARDED' ELSE 'REPORTS_UNFOUNDED' END,
               '', provider_id, report_type, coalesce(unfounded_reason, ''), count(*)
        FROM reports WHERE decision IS NOT NULL GROUP BY 1, 2, 4, 5, 6
        UNION ALL
        SELECT transparency_year(r.decided_at), 'REPORTS_FORWARDED_TO', s.recipient, r.provider_id, r.report_type, '', count(*)
        FROM reports r CROSS JOIN LATERAL (
            SELECT trim(x) FROM regexp_split_to_table(coalesce(r.jurisdiction_member_states, ''), '[ ,;]+') x WHERE trim(x) <> ''
            UNION ALL SELECT 'EUROPOL' WHERE r.jurisdiction_europol) s(recipient)
        WHERE r.decision = 'FORWARD' GROUP BY 1, 3, 4, 5
        UNION ALL
        SELECT transparency_year(r.finished_at), 'REPORT_ITEMS', '', r.provider_id, r.report_type, '', count(*)
        FROM report_evidence e JOIN reports r ON r.id = e.report_id WHERE r.finished_at IS NOT NULL GROUP BY 1, 4, 5
        UNION ALL
        SELECT transparency_year(finished_at), 'REPORT_ITEMS_SEEN_BEFORE', '', provider_id, report_type, '', count(*)
        FROM (SELECT r.finished_at, r.provider_id, r.report_type,
                     min(r.finished_at) OVER (PARTITION BY e.kind, e.hash_value) first_at
              FROM report_evidence e JOIN reports r ON r.id = e.report_id WHERE r.finished_at IS NOT NULL) i
        WHERE finished_at > first_at GROUP BY 1, 4, 5
        UNION ALL
        SELECT transparency_year(h.occurred_at), 'ORDER_STATE', o.issuing_member_state, o.provider_id, 'REMOVAL', h.to_state, count(*)
        FROM removal_order_status_changes h JOIN removal_orders o ON o.id = h.order_id GROUP BY 1, 3, 4, 6
        UNION ALL
        SELECT transparency_year(h.occurred_at), 'ORDER_STATE', o.member_state, o.provider_id, 'DETECTION', h.to_state, count(*)
        FROM detection_order_status_changes h JOIN detection_orders o ON o.id = h.order_id GROUP BY 1, 3, 4, 6
        UNION ALL
        SELECT transparency_year(h.occurred_at), 'ORDER_STATE', o.issuing_member_state, o.provider_id, o.order_type, h.to_state,
               count(*)
        FROM url_list_order_status_changes h JOIN url_list_orders o ON o.id = h.order_id GROUP BY 1, 3, 4, 5, 6
        UNION ALL
        SELECT transparency_year(executed_at), 'REMOVAL_TIME', issuing_member_state, provider_id, 'REMOVAL',
               transparency_removal_bucket(executed_at - received_at), count(*)
        FROM removal_orders WHERE executed_at IS NOT NULL AND received_at IS NOT NULL GROUP BY 1, 3, 4, 6
        UNION ALL
        SELECT transparency_year(executed_at), 'REMOVAL_OVER_DEADLINE', issuing_member_state, provider_id, 'REMOVAL', '', count(*)
        FROM removal_orders WHERE executed_at > execution_due_at GROUP BY 1, 3, 4
        UNION ALL
        SELECT transparency_year(executed_at), 'ORDER_OUTCOME', issuing_member_state, provider_id, 'REMOVAL', measure_taken, count(*)
        FROM removal_orders WHERE measure_taken IS NOT NULL AND executed_at IS NOT NULL GROUP BY 1, 3, 4, 6
        UNION ALL
        SELECT transparency_year(redress_outcome_at), 'ORDER_OUTCOME', issuing_member_state, provider_id, 'REMOVAL',
               'REDRESS_' || redress_outcome, count(*)
        FROM removal_orders WHERE redress_outcome_at IS NOT NULL GROUP BY 1, 3, 4, 6
        UNION ALL
        SELECT transparency_year(h.occurred_at), 'INDICATORS', '', NULL, i.kind,
               CASE h.to_state WHEN 'ACTIVE' THEN 'ADDED' ELSE h.to_state END, count(*)
        FROM indicator_status_changes h JOIN indicators i ON i.id = h.indicator_id
        WHERE h.to_state IN ('QUARANTINED', 'DISABLED', 'RETIRED')
           OR (h.to_state = 'ACTIVE' AND (h.from_state IS NULL OR h.from_state IN ('SUBMITTED', 'VERIFIED')))
        GROUP BY 1, 5, 6
        UNION ALL
        SELECT transparency_year(withdrawn_at), 'INDICATORS', '', NULL, '', 'WITHDRAWN', count(*)
        FROM indicator_provenance WHERE withdrawn_at IS NOT NULL GROUP BY 1
        UNION ALL
        SELECT transparency_year(flagged_at), 'FALSE_POSITIVE_FLAGS', '', provider_id, '', 'RAISED', count(*)
        FROM indicator_flags GROUP BY 1, 4
        UNION ALL
        SELECT transparency_year(resolved_at), 'FALSE_POSITIVE_FLAGS', '', provider_id, '', resolution, count(*)
        FROM indicator_flags WHERE resolution IS NOT NULL GROUP BY 1, 4, 6
        UNION ALL
        SELECT transparency_year(opened_at), 'VICTIMS', member_state, NULL, '', 'CASE_OPENED', count(*) FROM victim_cases GROUP BY 1, 3
        UNION ALL
        SELECT transparency_year(withdrawn_at), 'VICTIMS', member_state, NULL, '', 'CASE_WITHDRAWN', count(*)
        FROM victim_cases WHERE withdrawn_at IS NOT NULL GROUP BY 1, 3
        UNION ALL
        SELECT transparency_year(s.submitted_at), 'VICTIMS', v.member_state, NULL, '', 'REQUEST', count(*)
        FROM victim_case_submissions s JOIN victim_cases v ON v.id = s.case_id GROUP BY 1, 3
    ) events(y, f, m, p, c, d, n)
    GROUP BY y, f, m, p, c, d
$$;
SELECT transparency_backfill();

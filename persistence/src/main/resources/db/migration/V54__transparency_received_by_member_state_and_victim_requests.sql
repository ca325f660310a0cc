-- Two transparency figures V47 left out (issue 13 §1, docs/transparency.md), kept like the others:
-- statement-level triggers adding through transparency_add() in the same transaction as the event,
-- backfilled at the end of this file from the rows already stored.
--
-- REPORTS_RECEIVED_BY_MS: reports received (finished, Art 12) by the Member State the Art 13(1)(e)
-- location data names (the provider's declaration of the country of the IP address): the Member
-- State's code, NON_EU for a country that is not a Member State, UNKNOWN for no country; by type.
--
-- VICTIM_REQUESTS: what became of victims' requests (Art 20-21), by the Member State of the victim's
-- case (the VICTIM_REQUEST submission carries it): hashes submitted (lines sent), refused at intake
-- (malformed, PDQ quality too low), verified (four eyes: in use for matching from then on), rejected
-- at verification, withdrawn by the victim (the survivor's provenance link withdrawn, not a line
-- rejected at verification), and removal-help requests (the notice to the Coordinating Authority).

CREATE FUNCTION transparency_location_member_state(country TEXT) RETURNS VARCHAR LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN country IS NULL OR trim(country) = '' THEN 'UNKNOWN'
                WHEN upper(country) IN ('AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU',
                                        'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK')
                     THEN upper(country)
                ELSE 'NON_EU' END
$$;

CREATE FUNCTION transparency_reports_received_by_ms() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM transparency_add((SELECT jsonb_agg(transparency_event(y, 'REPORTS_RECEIVED_BY_MS', m, NULL, c, '', n)) FROM (
            SELECT transparency_year(n.finished_at) y, transparency_location_member_state(n.location_country) m, n.report_type c,
                   count(*) n
            FROM new_rows n WHERE n.finished_at IS NOT NULL GROUP BY 1, 2, 3) events));
        RETURN NULL;
    END IF;
    PERFORM transparency_add((SELECT jsonb_agg(transparency_event(y, 'REPORTS_RECEIVED_BY_MS', m, NULL, c, '', n)) FROM (
        SELECT transparency_year(n.finished_at) y, transparency_location_member_state(n.location_country) m, n.report_type c,
               count(*) n
        FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.finished_at IS NOT NULL AND o.finished_at IS NULL
        GROUP BY 1, 2, 3) events));
    RETURN NULL;
END $$;
CREATE TRIGGER transparency_reports_by_ms_inserted AFTER INSERT ON reports REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION transparency_reports_received_by_ms();
CREATE TRIGGER transparency_reports_by_ms_updated AFTER UPDATE ON reports REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION transparency_reports_received_by_ms();

-- Lines of a victim's submission: submitted and refused when inserted. A verdict (VERIFIED,
-- REJECTED) counts once both the line's verdict and the submission's verified_at are stored, whichever
-- statement comes second (the service writes both in one flush, in an order Hibernate chooses): the
-- line trigger counts lines of submissions already verified, the submission trigger the lines whose
-- verdict is already there.
CREATE FUNCTION transparency_victim_lines_moved() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM transparency_add((SELECT jsonb_agg(transparency_event(y, 'VICTIM_REQUESTS', m, NULL, '', d, n)) FROM (
            SELECT transparency_year(s.submitted_at) y, s.member_state m, 'HASHES_SUBMITTED' d, count(*) n
            FROM new_rows l JOIN indicator_submissions s ON s.id = l.submission_id
            WHERE s.source = 'VICTIM_REQUEST' GROUP BY 1, 2
            UNION ALL
            SELECT transparency_year(s.submitted_at), s.member_state, 'HASHES_REFUSED', count(*)
            FROM new_rows l JOIN indicator_submissions s ON s.id = l.submission_id
            WHERE s.source = 'VICTIM_REQUEST' AND l.outcome = 'REFUSED' GROUP BY 1, 2) events));
        RETURN NULL;
    END IF;
    PERFORM transparency_add((SELECT jsonb_agg(transparency_event(y, 'VICTIM_REQUESTS', m, NULL, '', d, n)) FROM (
        SELECT transparency_year(s.verified_at) y, s.member_state m, 'HASHES_' || l.verification d, count(*) n
        FROM new_rows l JOIN old_rows o ON o.submission_id = l.submission_id AND o.line_no = l.line_no
        JOIN indicator_submissions s ON s.id = l.submission_id
        WHERE s.source = 'VICTIM_REQUEST' AND s.verified_at IS NOT NULL
          AND o.verification = 'PENDING' AND l.verification IN ('VERIFIED', 'REJECTED')
        GROUP BY 1, 2, 3) events));
    RETURN NULL;
END $$;
CREATE TRIGGER transparency_victim_lines_inserted AFTER INSERT ON indicator_submission_lines REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION transparency_victim_lines_moved();
CREATE TRIGGER transparency_victim_lines_updated AFTER UPDATE ON indicator_submission_lines
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION transparency_victim_lines_moved();

CREATE FUNCTION transparency_victim_submissions_verified() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    PERFORM transparency_add((SELECT jsonb_agg(transparency_event(y, 'VICTIM_REQUESTS', m, NULL, '', d, n)) FROM (
        SELECT transparency_year(s.verified_at) y, s.member_state m, 'HASHES_' || l.verification d, count(*) n
        FROM new_rows s JOIN old_rows o ON o.id = s.id JOIN indicator_submission_lines l ON l.submission_id = s.id
        WHERE s.source = 'VICTIM_REQUEST' AND s.verified_at IS NOT NULL AND o.verified_at IS NULL
          AND l.verification IN ('VERIFIED', 'REJECTED')
        GROUP BY 1, 2, 3) events));
    RETURN NULL;
END $$;
CREATE TRIGGER transparency_victim_submissions_updated AFTER UPDATE ON indicator_submissions
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION transparency_victim_submissions_verified();

-- The survivor's withdrawal: a VICTIM_REQUEST provenance link withdrawn for another reason than a
-- reviewer's rejection (IndicatorLifecycle.REJECTED_AT_VERIFICATION, counted as HASHES_REJECTED).
CREATE FUNCTION transparency_victim_links_withdrawn() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    PERFORM transparency_add((SELECT jsonb_agg(transparency_event(y, 'VICTIM_REQUESTS', m, NULL, '', 'HASHES_WITHDRAWN', n)) FROM (
        SELECT transparency_year(n.withdrawn_at) y, coalesce(n.member_state, s.member_state) m, count(*) n
        FROM new_rows n JOIN old_rows o ON o.id = n.id LEFT JOIN indicator_submissions s ON s.id = n.submission_id
        WHERE n.source = 'VICTIM_REQUEST' AND n.withdrawn_at IS NOT NULL AND o.withdrawn_at IS NULL
          AND n.withdrawn_reason IS DISTINCT FROM 'rejected at verification'
        GROUP BY 1, 2) events));
    RETURN NULL;
END $$;
CREATE TRIGGER transparency_victim_links_updated AFTER UPDATE ON indicator_provenance
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION transparency_victim_links_withdrawn();

-- "Ask for help" (Art 21): the notice put into the inbox of the case's Member State.
CREATE FUNCTION transparency_victim_help_requested() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    PERFORM transparency_add((SELECT jsonb_agg(transparency_event(y, 'VICTIM_REQUESTS', m, NULL, '', 'HELP_REQUESTED', n)) FROM (
        SELECT transparency_year(n.created_at) y, n.recipient m, count(*) n
        FROM new_rows n WHERE n.kind = 'VICTIM_REMOVAL_HELP_REQUESTED' GROUP BY 1, 2) events));
    RETURN NULL;
END $$;
CREATE TRIGGER transparency_victim_help_inserted AFTER INSERT ON notifications REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION transparency_victim_help_requested();

-- The backfill of these figures alone (the migration runs it below), and transparency_backfill()
-- (bin/bench-transparency runs it) now rebuilding V47's figures and these.
CREATE FUNCTION transparency_backfill_v54() RETURNS VOID LANGUAGE sql AS $$
    DELETE FROM transparency_counts WHERE figure IN ('REPORTS_RECEIVED_BY_MS', 'VICTIM_REQUESTS');
    INSERT INTO transparency_counts (year, figure, member_state, provider_id, category, detail, slot, count)
    SELECT y, f, m, '00000000-0000-0000-0000-000000000000', c, d, 0, sum(n) FROM (
        SELECT transparency_year(finished_at) y, 'REPORTS_RECEIVED_BY_MS' f, transparency_location_member_state(location_country) m,
               report_type c, '' d, count(*) n
        FROM reports WHERE finished_at IS NOT NULL GROUP BY 1, 3, 4
        UNION ALL
        SELECT transparency_year(s.submitted_at), 'VICTIM_REQUESTS', s.member_state, '', 'HASHES_SUBMITTED', count(*)
        FROM indicator_submission_lines l JOIN indicator_submissions s ON s.id = l.submission_id
        WHERE s.source = 'VICTIM_REQUEST' GROUP BY 1, 3
        UNION ALL
        SELECT transparency_year(s.submitted_at), 'VICTIM_REQUESTS', s.member_state, '', 'HASHES_REFUSED', count(*)
        FROM indicator_submission_lines l JOIN indicator_submissions s ON s.id = l.submission_id
        WHERE s.source = 'VICTIM_REQUEST' AND l.outcome = 'REFUSED' GROUP BY 1, 3
        UNION ALL
        SELECT transparency_year(s.verified_at), 'VICTIM_REQUESTS', s.member_state, '', 'HASHES_' || l.verification, count(*)
        FROM indicator_submission_lines l JOIN indicator_submissions s ON s.id = l.submission_id
        WHERE s.source = 'VICTIM_REQUEST' AND s.verified_at IS NOT NULL AND l.verification IN ('VERIFIED', 'REJECTED')
        GROUP BY 1, 3, 5
        UNION ALL
        SELECT transparency_year(p.withdrawn_at), 'VICTIM_REQUESTS', coalesce(p.member_state, s.member_state), '', 'HASHES_WITHDRAWN',
               count(*)
        FROM indicator_provenance p LEFT JOIN indicator_submissions s ON s.id = p.submission_id
        WHERE p.source = 'VICTIM_REQUEST' AND p.withdrawn_at IS NOT NULL
          AND p.withdrawn_reason IS DISTINCT FROM 'rejected at verification'
        GROUP BY 1, 3
        UNION ALL
        SELECT transparency_year(created_at), 'VICTIM_REQUESTS', recipient, '', 'HELP_REQUESTED', count(*)
        FROM notifications WHERE kind = 'VICTIM_REMOVAL_HELP_REQUESTED' GROUP BY 1, 3
    ) events(y, f, m, c, d, n)
    WHERE y IS NOT NULL AND m IS NOT NULL
    GROUP BY y, f, m, c, d
$$;

ALTER FUNCTION transparency_backfill() RENAME TO transparency_backfill_v47;
CREATE FUNCTION transparency_backfill() RETURNS VOID LANGUAGE sql AS $$
    SELECT transparency_backfill_v47();
    SELECT transparency_backfill_v54();
$$;
SELECT transparency_backfill_v54();

-- What V54's trigger on reports (REPORTS_RECEIVED_BY_MS) adds to a bulk load: 100,000 finished
-- reports inserted in one statement with the trigger on and off, twice, rolled back. The intake's
-- own shape (one report per transaction) is intake-one.sql under pgbench. Run on a scratch database
-- with the migrations applied (docs/transparency.md gives the commands).
-- No content, no person: ids, types, countries, times.
\set ON_ERROR_STOP 1
INSERT INTO providers (id, legal_name, status, contact_email, contact_phone, contact_languages, created_at, updated_at, main_establishment)
VALUES ('00000000-0000-4000-8000-00000000c057', 'Intake cost provider', 'ACTIVE', 'cost@bench.example', '+3100000000', 'en', now(), now(), 'NL')
ON CONFLICT DO NOTHING;
CREATE OR REPLACE FUNCTION pg_temp.intake(n INT) RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
        INSERT INTO reports (id, version, provider_id, state, report_type, provider_timestamp, reported_to_third_country,
                             removed_or_disabled, urgent, legal_basis, profile_id, profile_version, opened_by, opened_at, finished_at, signature, signature_algorithm,
                             signed_document_sha256, state_changed_at, ip_address, location_country)
        SELECT gen_random_uuid(), 0, '00000000-0000-4000-8000-00000000c057', 'FINISHED', 'KNOWN', t, false, false, false, 'Art 12',
               'COM-2022-209', 1, 'cost', t, t, 'sig', 'ES256', repeat('a', 64), t, '192.0.2.1', (ARRAY['NL', 'DE', 'US'])[1 + i % 3]
        FROM generate_series(1, n) i, LATERAL (SELECT timestamptz '2031-01-01T00:00:00Z' + i * interval '1 minute' t) x;
END $$;
\timing on
\echo 'with V54'
BEGIN; SELECT pg_temp.intake(100000); ROLLBACK;
\echo 'without V54'
BEGIN; ALTER TABLE reports DISABLE TRIGGER transparency_reports_by_ms_inserted; SELECT pg_temp.intake(100000); ROLLBACK;
\echo 'with V54 again'
BEGIN; SELECT pg_temp.intake(100000); ROLLBACK;
\echo 'without V54 again'
BEGIN; ALTER TABLE reports DISABLE TRIGGER transparency_reports_by_ms_inserted; SELECT pg_temp.intake(100000); ROLLBACK;

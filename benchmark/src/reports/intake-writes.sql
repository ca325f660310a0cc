-- The writes of one one-call report as pgbench transactions (docs/reports.md "PostgreSQL's CPU per
-- report, 2026-12-05"): the idempotency key claimed, the report inserted FINISHED (V47's and V54's
-- triggers add its counters), its two items (PDQ and MD5: the items' counters), the outbox row, the
-- kept answer (about 1.4 kB). No audit entry, no signature check: what the transparency counters and
-- the hot-updated rows cost, and nothing else. Synthetic values only.
--   psql -d DB -f benchmark/src/reports/intake-writes-setup.sql      (eight synthetic providers)
--   pgbench -h 127.0.0.1 -U csar -n -c 32 -j 2 -T 15 -f benchmark/src/reports/intake-writes.sql DB
\set p random(1, 8)
\set k random(1, 2000000000)
SELECT gen_random_uuid() AS rid \gset
BEGIN;
INSERT INTO idempotency_keys (caller, idempotency_key, request_method, request_path, body_sha256, created_at, expires_at)
VALUES ('provider-' || :p, 'k-' || :client_id || '-' || :k, 'POST', '/api/v1/reports/complete', repeat('a', 64), now(), now() + interval '1 day')
ON CONFLICT DO NOTHING;
INSERT INTO reports (id, version, provider_id, state, report_type, provider_timestamp, reported_to_third_country, removed_or_disabled, urgent,
                     legal_basis, opened_by, opened_at, state_changed_at, finished_at, signature, signed_document_sha256, profile_id, profile_version,
                     ip_address, location_country)
VALUES (':rid', 0, ('00000000-0000-4000-8000-0000000000' || lpad(cast(:p as text), 2, '0'))::uuid, 'FINISHED', 'NEW', now(), false, false, false,
        'ART_12', 'machine', now(), now(), now(), repeat('s', 90), repeat('d', 64), 'EU', 1, '192.0.2.1', 'NL');
INSERT INTO report_evidence (id, report_id, position, kind, hash_value, quality, attached_at)
VALUES (gen_random_uuid(), ':rid', 1, 'PDQ', md5(':rid') || md5(':rid'), 90, now()),
       (gen_random_uuid(), ':rid', 2, 'MD5', md5(':rid' || 'x'), NULL, now());
INSERT INTO outbox_messages (id, destination, properties, created_at, next_attempt_at)
VALUES (gen_random_uuid(), 'ReportTriageQueue', '{"reportId":"' || ':rid' || '"}', now(), now());
UPDATE idempotency_keys SET response_status = 201, response_type = 'application/json', response_location = '/api/v1/reports/' || ':rid',
       response_etag = '"1"', response_body = repeat('{"x":1}', 200)
WHERE caller = 'provider-' || :p AND idempotency_key = 'k-' || :client_id || '-' || :k;
COMMIT;

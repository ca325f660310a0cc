-- bin/bench-transparency's data: :reports synthetic reports of 2026 from 50 providers and :orders removal
-- orders with their two status-history rows, written with the counter triggers off (a bulk load
-- through statement triggers would hold every row's event in memory), then the counters are built by
-- the migration's own backfill, transparency_backfill(): the same events the triggers add one move at
-- a time. No content, no person: ids, types, Member States, times.
\set ON_ERROR_STOP 1
\timing on
INSERT INTO providers (id, legal_name, status, contact_email, contact_phone, contact_languages, created_at, updated_at, main_establishment)
SELECT ('00000000-0000-4000-8000-' || lpad(p::text, 12, '0'))::uuid, 'Bench provider ' || p, 'ACTIVE', 'p' || p || '@bench.example',
       '+3100000000', 'en', now(), now(), 'NL'
FROM generate_series(1, 50) p;

ALTER TABLE reports DISABLE TRIGGER USER;
ALTER TABLE removal_orders DISABLE TRIGGER USER;

-- reports: 80 % forwarded (to one or two Member States, 1 in 10 also Europol), 15 % manifestly
-- unfounded (six reasons), 5 % waiting on the desk; location data naming a Member State (80 %), a
-- third country (10 %) or no country (10 %)
INSERT INTO reports (id, version, provider_id, state, report_type, provider_timestamp, reported_to_third_country, removed_or_disabled,
                     urgent, legal_basis, profile_id, profile_version, opened_by, opened_at, finished_at, signature, signature_algorithm, signed_document_sha256,
                     state_changed_at, decision, decided_by, decided_at, unfounded_reason, jurisdiction_member_states, jurisdiction_europol,
                     ip_address, location_country)
SELECT gen_random_uuid(), 0, ('00000000-0000-4000-8000-' || lpad((1 + i % 50)::text, 12, '0'))::uuid,
       CASE WHEN i % 20 < 16 THEN 'FORWARDED' WHEN i % 20 < 19 THEN 'MANIFESTLY_UNFOUNDED' ELSE 'FINISHED' END,
       (ARRAY['KNOWN', 'KNOWN', 'NEW', 'GROOMING'])[1 + i % 4], t, false, false, i % 50 = 0, 'Art 12', 'COM-2022-209', 1, 'bench', t, t, 'sig', 'ES256',
       repeat('a', 64), t,
       CASE WHEN i % 20 < 16 THEN 'FORWARD' WHEN i % 20 < 19 THEN 'MANIFESTLY_UNFOUNDED' END,
       CASE WHEN i % 20 < 19 THEN 'bench-reviewer' END,
       CASE WHEN i % 20 < 19 THEN t + interval '3 hours' END,
       CASE WHEN i % 20 BETWEEN 16 AND 18 THEN (ARRAY['NOT_CSAM', 'ADULT_DEPICTED', 'NOT_SOLICITATION', 'DETECTION_FALSE_POSITIVE',
                                                      'INSUFFICIENT_INFORMATION', 'DUPLICATE_REPORT'])[1 + i % 6] END,
       CASE WHEN i % 20 < 16 THEN (ARRAY['AT','BE','BG','CY','CZ','DE','DK','EE','ES','FI','FR','GR','HR','HU','IE','IT','LT','LU','LV',
                                          'MT','NL','PL','PT','RO','SE','SI','SK'])[1 + i % 27]
                                  || CASE WHEN i % 7 = 0 THEN ',NL' ELSE '' END END,
       CASE WHEN i % 20 < 16 THEN i % 10 = 0 END,
       CASE WHEN i % 10 < 9 THEN '192.0.2.1' END,
       CASE WHEN i % 10 < 8 THEN (ARRAY['AT','BE','BG','CY','CZ','DE','DK','EE','ES','FI','FR','GR','HR','HU','IE','IT','LT','LU','LV',
                                        'MT','NL','PL','PT','RO','SE','SI','SK'])[1 + i % 27]
            WHEN i % 10 = 8 THEN 'US' END
FROM generate_series(1, :reports) i, LATERAL (SELECT timestamptz '2026-01-01T00:00:00Z' + (i % 31500000) * interval '1 second' AS t) x;

-- removal orders: issued by one of 27 Member States, received, executed 0 to 36 hours later (the
-- deadline is 24 hours), each with its history (ISSUED, EXECUTED)
INSERT INTO removal_orders (id, version, reference, issuing_member_state, issuing_authority, provider_id, provider_name, addressed_to,
                            contact_email, reasons, profile_id, profile_version, state, issued_by, issued_at, received_at, execution_due_at,
                            executed_at, measure_taken, state_changed_at)
SELECT gen_random_uuid(), 0, 'BENCH-' || i,
       (ARRAY['AT','BE','BG','CY','CZ','DE','DK','EE','ES','FI','FR','GR','HR','HU','IE','IT','LT','LU','LV','MT','NL','PL','PT','RO',
              'SE','SI','SK'])[1 + i % 27], 'Bench court', ('00000000-0000-4000-8000-' || lpad((1 + i % 50)::text, 12, '0'))::uuid,
       'Bench provider', 'POINT_OF_CONTACT', 'poc@bench.example', 'synthetic', 'COM-2022-209', 1, 'EXECUTED', 'bench', t, t,
       t + interval '24 hours', t + ((i::bigint * 7919) % 2160) * interval '1 minute', CASE WHEN i % 3 = 0 THEN 'DISABLED' ELSE 'REMOVED' END,
       t + ((i::bigint * 7919) % 2160) * interval '1 minute'
FROM generate_series(1, :orders) i, LATERAL (SELECT timestamptz '2026-01-01T00:00:00Z' + (i % 31000000) * interval '1 second' AS t) x;
INSERT INTO removal_order_status_changes (id, order_id, from_state, event, to_state, occurred_at, actor)
SELECT gen_random_uuid(), o.id, s.f, s.e, s.t, CASE WHEN s.t = 'ISSUED' THEN o.issued_at ELSE o.executed_at END, 'bench'
FROM removal_orders o CROSS JOIN (VALUES (NULL, 'ISSUE', 'ISSUED'), ('RECEIVED', 'EXECUTE', 'EXECUTED')) s(f, e, t);

ALTER TABLE reports ENABLE TRIGGER USER;
ALTER TABLE removal_orders ENABLE TRIGGER USER;
ANALYZE;
SELECT transparency_backfill();
SELECT count(*) AS counter_rows, sum(count) FILTER (WHERE figure = 'REPORTS_RECEIVED') AS reports_received
FROM transparency_counts WHERE year = 2026;

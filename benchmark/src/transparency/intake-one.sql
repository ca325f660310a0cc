-- pgbench script: one finished report per transaction, as the intake writes it (docs/transparency.md,
-- "Cost at intake"); needs the provider intake-cost.sql inserts. Synthetic: ids, a type, a country, times.
\set i random(1, 1000000000)
INSERT INTO reports (id, version, provider_id, state, report_type, provider_timestamp, reported_to_third_country, removed_or_disabled,
                     urgent, legal_basis, profile_id, profile_version, opened_by, opened_at, finished_at, signature, signature_algorithm, signed_document_sha256,
                     state_changed_at, ip_address, location_country)
VALUES (gen_random_uuid(), 0, '00000000-0000-4000-8000-00000000c057', 'FINISHED', 'KNOWN', timestamptz '2031-01-01T00:00:00Z', false, false,
        false, 'Art 12', 'COM-2022-209', 1, 'cost', timestamptz '2031-01-01T00:00:00Z', timestamptz '2031-01-01T00:00:00Z' + :i * interval '1 second', 'sig',
        'ES256', repeat('a', 64), timestamptz '2031-01-01T00:00:00Z', '192.0.2.1', (ARRAY['NL', 'DE', 'US'])[1 + :i % 3]);

-- DEMO DATA ONLY (invented companies, addresses and people). Loaded when csar.demo-data=true,
-- after the schema migrations, with its own history table (flyway_demo_history), so that later
-- schema migrations always apply to a database that has demo data. Written for the current schema
-- and idempotent: it is re-run whenever it changes and adds only what is missing.
-- The ids match the provider_id claims of the demo Keycloak clients demo-provider-alpha/beta/gamma/zeta.
INSERT INTO providers (id, legal_name, main_establishment, status, status_reason, contact_email, contact_phone, contact_languages,
                       rep_name, rep_address, rep_email, rep_phone, rep_member_state, created_at, updated_at)
VALUES
 ('7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01', 'Alpha Hosting B.V. (demo)', 'NL', 'ACTIVE', NULL, 'csa-contact@alpha.example', '+31 20 555 0101', 'nl,en',
  NULL, NULL, NULL, NULL, NULL, now(), now()),
 ('7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b02', 'Beta Messaging GmbH (demo)', 'DE', 'ACTIVE', NULL, 'csa@beta.example', '+49 30 555 0102', 'de,en',
  NULL, NULL, NULL, NULL, NULL, now(), now()),
 ('7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b03', 'Gamma Apps Inc. (demo)', NULL, 'ACTIVE', NULL, 'trust@gamma.example', '+1 202 555 0103', 'en',
  'Gamma EU Representative Ltd (demo)', '1 Example Quay, Dublin', 'rep@gamma-eu.example', '+353 1 555 0103', 'IE', now(), now()),
 ('7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b04', 'Delta Search SAS (demo)', 'FR', 'ACTIVE', NULL, 'abuse@delta.example', '+33 1 55 50 01 04', 'fr,en',
  NULL, NULL, NULL, NULL, NULL, now(), now()),
 ('7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b05', 'Epsilon Access B.V. (demo)', 'NL', 'SUSPENDED', 'Demo: point of contact unreachable', 'noc@epsilon.example', '+31 10 555 0105', 'nl',
  NULL, NULL, NULL, NULL, NULL, now(), now()),
 ('7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b06', 'Zeta Net B.V. (demo)', 'NL', 'ACTIVE', NULL, 'orders@zeta.example', '+31 30 555 0106', 'nl,en',
  NULL, NULL, NULL, NULL, NULL, now(), now())
ON CONFLICT (id) DO NOTHING;

-- Phone numbers of earlier demo data that the numbering plans do not allow (checked since issue 7).
UPDATE providers SET contact_phone = '+1 202 555 0103'
 WHERE id = '7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b03' AND contact_phone = '+1 555 0103';
UPDATE providers SET contact_phone = '+33 1 55 50 01 04'
 WHERE id = '7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b04' AND contact_phone = '+33 1 555 0104';

INSERT INTO provider_service_types (provider_id, service_type) VALUES
 ('7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01', 'HOSTING'),
 ('7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b02', 'INTERPERSONAL_COMMUNICATIONS'),
 ('7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b03', 'APP_STORE'),
 ('7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b03', 'HOSTING'),
 ('7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b04', 'SEARCH_ENGINE'),
 ('7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b05', 'INTERNET_ACCESS'),
 ('7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b06', 'INTERNET_ACCESS'),
 ('7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b06', 'SEARCH_ENGINE')
ON CONFLICT DO NOTHING;

INSERT INTO provider_services (provider_id, position, name, service_type, description, offered_in) VALUES
 ('7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01', 0, 'AlphaDrive', 'HOSTING', 'File hosting and sharing (demo)', 'NL,BE,DE'),
 ('7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b02', 0, 'BetaChat', 'INTERPERSONAL_COMMUNICATIONS', 'Messaging app (demo)', 'DE,AT,NL'),
 ('7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b03', 0, 'GammaStore', 'APP_STORE', 'App store (demo)', 'IE,FR,NL,DE'),
 ('7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b04', 0, 'DeltaFind', 'SEARCH_ENGINE', 'Web search (demo)', 'FR,BE,LU'),
 ('7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b05', 0, 'EpsilonFiber', 'INTERNET_ACCESS', 'Fibre internet access (demo)', 'NL'),
 ('7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b06', 0, 'ZetaFiber', 'INTERNET_ACCESS', 'Fibre internet access (demo)', 'NL'),
 ('7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b06', 1, 'ZetaSeek', 'SEARCH_ENGINE', 'Web search (demo)', 'NL,BE')
ON CONFLICT DO NOTHING;

-- Status histories: registration for every demo provider, and Epsilon's suspension. Only for a
-- provider without any history yet (a database upgraded by V4 already has its rows).
INSERT INTO provider_status_changes (id, provider_id, from_status, event, to_status, occurred_at, actor, reason)
SELECT h.id::uuid, h.provider_id::uuid, h.from_status, h.event, h.to_status, now(), 'demo-data', h.reason
FROM (VALUES
 ('7f3b1c2e-0a4d-4c1e-9b8a-2d2e3f4a5b01', '7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01', NULL, 'REGISTER', 'ACTIVE', NULL),
 ('7f3b1c2e-0a4d-4c1e-9b8a-2d2e3f4a5b02', '7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b02', NULL, 'REGISTER', 'ACTIVE', NULL),
 ('7f3b1c2e-0a4d-4c1e-9b8a-2d2e3f4a5b03', '7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b03', NULL, 'REGISTER', 'ACTIVE', NULL),
 ('7f3b1c2e-0a4d-4c1e-9b8a-2d2e3f4a5b04', '7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b04', NULL, 'REGISTER', 'ACTIVE', NULL),
 ('7f3b1c2e-0a4d-4c1e-9b8a-2d2e3f4a5b05', '7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b05', NULL, 'REGISTER', 'ACTIVE', NULL),
 ('7f3b1c2e-0a4d-4c1e-9b8a-3d2e3f4a5b05', '7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b05', 'ACTIVE', 'SUSPEND', 'SUSPENDED', 'Demo: point of contact unreachable'),
 ('7f3b1c2e-0a4d-4c1e-9b8a-2d2e3f4a5b06', '7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b06', NULL, 'REGISTER', 'ACTIVE', NULL)
) AS h (id, provider_id, from_status, event, to_status, reason)
WHERE NOT EXISTS (SELECT 1 FROM provider_status_changes c
                  WHERE c.provider_id = h.provider_id::uuid AND c.id <> h.id::uuid)
ON CONFLICT (id) DO NOTHING;

-- The technology register (Art 50, V45): the platform's own hash matcher as an APPROVED entry (the
-- reference TECH-PDQ-1 is what the demo's and the tests' detection orders name), with its approval
-- path as history rows, and a grooming classifier still in DRAFT. Opinions and figures are invented.
INSERT INTO technologies (id, version, reference, name, technology_version, type, supplier, description,
                          false_positive_rate, false_negative_rate, error_rate_method, internal_notes, profile_id,
                          profile_version, state, created_by, created_at, state_changed_at, committee_opinion_date,
                          committee_favourable, committee_reference, edpb_opinion_date, edpb_favourable, edpb_reference,
                          approved_at) VALUES
 ('7f3b1c2e-0a4d-4c1e-9b8a-4d2e3f4a5b01', 0, 'TECH-PDQ-1', 'CSAR hash matcher (PDQ and SHA-256)', '1.0', 'KNOWN',
  'EU Centre (demo)', 'Matches PDQ and SHA-256 hashes of images against the indicator sets an order names (demo).',
  0.0100, 2.5000, 'Synthetic test set: 10 000 generated images (shapes, gradients, noise) and 1 000 transformed copies; '
  || 'PDQ match at Hamming distance 31 or less (demo figures).', 'Demo entry: internal note, not for providers.',
  'COM-2022-209', 1, 'APPROVED', 'demo-data', '2026-01-05 09:00:00+00', '2026-04-01 09:00:00+00', '2026-02-20', TRUE,
  'TC-OP-2026-001 (demo)', '2026-03-25', TRUE, 'EDPB-OP-2026-01 (demo)', '2026-04-01 09:00:00+00'),
 ('7f3b1c2e-0a4d-4c1e-9b8a-4d2e3f4a5b02', 0, 'TECH-GRM-1', 'Grooming conversation classifier (demo)', '0.3', 'GROOMING',
  'Example Research Lab (demo)', 'Scores text conversations for solicitation patterns (demo).',
  4.0000, 12.0000, 'Synthetic conversations written for testing, 2 000 labelled samples, threshold 0.8 (demo figures).', NULL,
  'COM-2022-209', 1, 'DRAFT', 'demo-data', '2026-05-01 09:00:00+00', '2026-05-01 09:00:00+00', NULL, NULL, NULL, NULL, NULL,
  NULL, NULL)
ON CONFLICT DO NOTHING;

INSERT INTO technology_status_changes (id, technology_id, from_state, event, to_state, occurred_at, actor, reason, legal_basis) VALUES
 ('7f3b1c2e-0a4d-4c1e-9b8a-5d2e3f4a5b01', '7f3b1c2e-0a4d-4c1e-9b8a-4d2e3f4a5b01', NULL, 'CREATE', 'DRAFT', '2026-01-05 09:00:00+00', 'demo-data', NULL, 'Art 50(1)'),
 ('7f3b1c2e-0a4d-4c1e-9b8a-5d2e3f4a5b02', '7f3b1c2e-0a4d-4c1e-9b8a-4d2e3f4a5b01', 'DRAFT', 'SUBMIT_TO_COMMITTEE', 'SUBMITTED_TO_COMMITTEE', '2026-01-06 09:00:00+00', 'demo-data', NULL, 'Art 50(1), Art 66'),
 ('7f3b1c2e-0a4d-4c1e-9b8a-5d2e3f4a5b03', '7f3b1c2e-0a4d-4c1e-9b8a-4d2e3f4a5b01', 'SUBMITTED_TO_COMMITTEE', 'RECORD_COMMITTEE_OPINION', 'COMMITTEE_OPINION', '2026-02-20 09:00:00+00', 'demo-data', 'favourable; TC-OP-2026-001 (demo)', 'Art 50(1), Art 66'),
 ('7f3b1c2e-0a4d-4c1e-9b8a-5d2e3f4a5b04', '7f3b1c2e-0a4d-4c1e-9b8a-4d2e3f4a5b01', 'COMMITTEE_OPINION', 'CONSULT_EDPB', 'EDPB_CONSULTED', '2026-02-21 09:00:00+00', 'demo-data', NULL, 'Art 50(1)'),
 ('7f3b1c2e-0a4d-4c1e-9b8a-5d2e3f4a5b05', '7f3b1c2e-0a4d-4c1e-9b8a-4d2e3f4a5b01', 'EDPB_CONSULTED', 'RECORD_EDPB_OPINION', 'EDPB_OPINION', '2026-03-25 09:00:00+00', 'demo-data', 'favourable; EDPB-OP-2026-01 (demo)', 'Art 50(1)'),
 ('7f3b1c2e-0a4d-4c1e-9b8a-5d2e3f4a5b06', '7f3b1c2e-0a4d-4c1e-9b8a-4d2e3f4a5b01', 'EDPB_OPINION', 'APPROVE', 'APPROVED', '2026-04-01 09:00:00+00', 'demo-data', NULL, 'Art 50(1); both opinions favourable: platform rule, pending legal review'),
 ('7f3b1c2e-0a4d-4c1e-9b8a-5d2e3f4a5b07', '7f3b1c2e-0a4d-4c1e-9b8a-4d2e3f4a5b02', NULL, 'CREATE', 'DRAFT', '2026-05-01 09:00:00+00', 'demo-data', NULL, 'Art 50(1)')
ON CONFLICT DO NOTHING;

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

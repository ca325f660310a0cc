-- TEST RESOURCE: the demo data exactly as versions before the separate demo history loaded it,
-- recorded as schema version 1000. SchemaMigrationIT upgrades such a database.
-- DEMO DATA ONLY (invented companies, addresses and people). Loaded when csar.demo-data=true.
-- The ids match the provider_id claims of the demo Keycloak clients demo-provider-alpha/beta/gamma.
INSERT INTO providers (id, legal_name, main_establishment, status, contact_email, contact_phone, contact_languages,
                       rep_name, rep_address, rep_email, rep_phone, rep_member_state, created_at, updated_at)
VALUES
 ('7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01', 'Alpha Hosting B.V. (demo)', 'NL', 'ACTIVE', 'csa-contact@alpha.example', '+31 20 555 0101', 'nl,en',
  NULL, NULL, NULL, NULL, NULL, now(), now()),
 ('7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b02', 'Beta Messaging GmbH (demo)', 'DE', 'ACTIVE', 'csa@beta.example', '+49 30 555 0102', 'de,en',
  NULL, NULL, NULL, NULL, NULL, now(), now()),
 ('7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b03', 'Gamma Apps Inc. (demo)', NULL, 'ACTIVE', 'trust@gamma.example', '+1 555 0103', 'en',
  'Gamma EU Representative Ltd (demo)', '1 Example Quay, Dublin', 'rep@gamma-eu.example', '+353 1 555 0103', 'IE', now(), now()),
 ('7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b04', 'Delta Search SAS (demo)', 'FR', 'ACTIVE', 'abuse@delta.example', '+33 1 555 0104', 'fr,en',
  NULL, NULL, NULL, NULL, NULL, now(), now()),
 ('7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b05', 'Epsilon Access B.V. (demo)', 'NL', 'SUSPENDED', 'noc@epsilon.example', '+31 10 555 0105', 'nl',
  NULL, NULL, NULL, NULL, NULL, now(), now());
INSERT INTO provider_service_types (provider_id, service_type) VALUES
 ('7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01', 'HOSTING'),
 ('7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b02', 'INTERPERSONAL_COMMUNICATIONS'),
 ('7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b03', 'APP_STORE'),
 ('7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b03', 'HOSTING'),
 ('7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b04', 'SEARCH_ENGINE'),
 ('7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b05', 'INTERNET_ACCESS');
INSERT INTO provider_services (provider_id, position, name, service_type, description, offered_in) VALUES
 ('7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01', 0, 'AlphaDrive', 'HOSTING', 'File hosting and sharing (demo)', 'NL,BE,DE'),
 ('7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b02', 0, 'BetaChat', 'INTERPERSONAL_COMMUNICATIONS', 'Messaging app (demo)', 'DE,AT,NL'),
 ('7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b03', 0, 'GammaStore', 'APP_STORE', 'App store (demo)', 'IE,FR,NL,DE'),
 ('7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b04', 0, 'DeltaFind', 'SEARCH_ENGINE', 'Web search (demo)', 'FR,BE,LU'),
 ('7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b05', 0, 'EpsilonFiber', 'INTERNET_ACCESS', 'Fibre internet access (demo)', 'NL');

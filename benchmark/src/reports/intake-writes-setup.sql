-- Eight synthetic providers for intake-writes.sql (ids ...0001 to ...0008).
INSERT INTO providers (id, legal_name, status, contact_email, contact_phone, contact_languages, created_at, updated_at, main_establishment)
SELECT ('00000000-0000-4000-8000-0000000000' || lpad(i::text, 2, '0'))::uuid, 'Synthetic provider ' || i, 'ACTIVE', 'p@example.org', '+3100', 'en', now(), now(), 'NL'
FROM generate_series(1, 8) i ON CONFLICT DO NOTHING;

-- TEST RESOURCE: stands for the next real schema migration, applied by SchemaMigrationIT to a
-- database that already holds demo data. It must apply, and it may touch demo rows like any other.
ALTER TABLE providers ADD COLUMN probe_note VARCHAR(40);
UPDATE providers SET probe_note = 'migrated after demo data';

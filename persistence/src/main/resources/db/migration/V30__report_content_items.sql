-- Content data attached to a report (issue 11 §1, docs/reports.md): the content itself is in the
-- evidence vault (V29), encrypted; the report's evidence item keeps the vault item's id (the column
-- of V28), the SHA-256 the vault computed (hash_value, kind SHA256) and the media type and size of
-- the content, so that the provider's view and the review desk need not open the vault to list it.
-- A hash-only item has none of the three; a content item has all three and is a SHA-256 digest.
ALTER TABLE report_evidence ADD COLUMN media_type VARCHAR(100);
ALTER TABLE report_evidence ADD COLUMN size_bytes BIGINT CHECK (size_bytes >= 0);
ALTER TABLE report_evidence ADD CONSTRAINT report_evidence_content CHECK (
    (vault_item_id IS NULL AND media_type IS NULL AND size_bytes IS NULL)
    OR (vault_item_id IS NOT NULL AND media_type IS NOT NULL AND size_bytes IS NOT NULL AND kind = 'SHA256'));
CREATE UNIQUE INDEX report_evidence_vault_item ON report_evidence (vault_item_id) WHERE vault_item_id IS NOT NULL;

-- Streamed content in the evidence vault (issue 11, docs/vault.md "Segments"): an item is read as a
-- stream and encrypted segment by segment (1 MiB of plaintext each, AES-256-GCM under the item's own
-- data key, a nonce derived from the item and the segment number, the segment number and a
-- last-segment flag authenticated), so that a long video never sits whole in the server's memory.
--   vault_segments  one row per segment, numbered from 0; still apart from case data, and noise
--                   without the item's wrapped key in vault_data_keys (destroying that key still
--                   makes the item unreadable everywhere).
-- Items stored before V57 keep their single ciphertext and nonce in vault_items; every new item has
-- neither there but its segment size, and the MD5 of its plaintext beside the SHA-256.

ALTER TABLE vault_items
    ALTER COLUMN ciphertext DROP NOT NULL,
    ALTER COLUMN nonce DROP NOT NULL,
    ADD COLUMN segment_bytes INTEGER CHECK (segment_bytes > 0),
    ADD COLUMN md5 CHAR(32) CHECK (md5 ~ '^[0-9a-f]{32}$'),
    ADD CONSTRAINT vault_items_one_format CHECK (
        (ciphertext IS NOT NULL AND nonce IS NOT NULL AND segment_bytes IS NULL)
        OR (ciphertext IS NULL AND nonce IS NULL AND segment_bytes IS NOT NULL));

-- The segments are written while the body streams in, before the item's row (which needs the
-- digests of the whole content): the reference is checked at commit. A failed or abandoned upload
-- rolls back, segments and all.
CREATE TABLE vault_segments (
    item_id     UUID    NOT NULL REFERENCES vault_items (id) DEFERRABLE INITIALLY DEFERRED,
    segment_no  INTEGER NOT NULL CHECK (segment_no >= 0),
    ciphertext  BYTEA   NOT NULL,
    PRIMARY KEY (item_id, segment_no)
);

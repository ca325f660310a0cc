-- A key check value per master key version (docs/vault.md "Key check values"): the first 8 bytes of
-- AES-256 of a zero block under the version's key, in hex. It tells a node at start-up whether the key
-- its credential store holds under an alias is the one the stored items were wrapped under; a node
-- whose store holds another key under the same alias would wrap new items no other node can open.
-- Null for a version recorded before this column: the first node to start fills it in.
ALTER TABLE vault_master_keys ADD COLUMN check_value CHAR(16) CHECK (check_value ~ '^[0-9a-f]{16}$');

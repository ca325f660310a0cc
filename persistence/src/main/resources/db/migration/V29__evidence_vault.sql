-- The evidence vault (issue 11, docs/vault.md): content data encrypted at rest, apart from case data.
-- Four tables, each with one job:
--   vault_items        the encrypted content (AES-256-GCM under the item's own data key; the item id
--                      is the additional authenticated data) with the digest, type and size of the
--                      plaintext and who owns it. Never decryptable from this table alone.
--   vault_data_keys    the item's data key, wrapped (AES-GCM) by a master key of the WildFly credential
--                      store, named by its alias. Destroying an item deletes this row: without it the
--                      ciphertext is noise on every node, and in every backup once the master key
--                      version that wrapped it is removed from the credential store.
--   vault_tombstones   when, by whom and why an item's key was destroyed (nothing of the content).
--   vault_master_keys  the master key versions in use, the newest being the one new items are wrapped
--                      under; all nodes read it here, so a rotation takes effect everywhere at once.
-- Other contexts (reports) refer to an item by its id and check it by its digest.

CREATE TABLE vault_items (
    id              UUID PRIMARY KEY,
    ciphertext      BYTEA        NOT NULL,
    nonce           BYTEA        NOT NULL CHECK (octet_length(nonce) = 12),
    sha256          CHAR(64)     NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    media_type      VARCHAR(100) NOT NULL,
    size_bytes      BIGINT       NOT NULL CHECK (size_bytes >= 0),
    owner_context   VARCHAR(40)  NOT NULL,
    owner_reference VARCHAR(200) NOT NULL,
    provider_id     UUID,
    stored_at       TIMESTAMPTZ  NOT NULL,
    stored_by       VARCHAR(200) NOT NULL
);
CREATE INDEX vault_items_owner ON vault_items (owner_context, owner_reference);
CREATE INDEX vault_items_sha256 ON vault_items (sha256);

CREATE TABLE vault_master_keys (
    alias           VARCHAR(100) PRIMARY KEY,
    activated_at    TIMESTAMPTZ  NOT NULL,
    activated_by    VARCHAR(200) NOT NULL
);

CREATE TABLE vault_data_keys (
    item_id          UUID PRIMARY KEY REFERENCES vault_items (id),
    wrapped_key      BYTEA        NOT NULL,
    wrap_nonce       BYTEA        NOT NULL CHECK (octet_length(wrap_nonce) = 12),
    master_key_alias VARCHAR(100) NOT NULL REFERENCES vault_master_keys (alias),
    wrapped_at       TIMESTAMPTZ  NOT NULL
);
-- A rotation looks for the keys not yet under the new master key.
CREATE INDEX vault_data_keys_alias ON vault_data_keys (master_key_alias);

CREATE TABLE vault_tombstones (
    item_id          UUID PRIMARY KEY REFERENCES vault_items (id),
    destroyed_at     TIMESTAMPTZ  NOT NULL,
    destroyed_by     VARCHAR(200) NOT NULL,
    reason           VARCHAR(500) NOT NULL,
    master_key_alias VARCHAR(100) NOT NULL
);

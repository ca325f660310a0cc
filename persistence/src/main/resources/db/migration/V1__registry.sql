-- Provider registry (Art 23, 24, 33 of COM(2022) 209): providers, the services they offer,
-- their single point of contact and, for providers without an EU establishment, their legal
-- representative. Ids are opaque UUIDs; Member States are ISO 3166 alpha-2 codes.
CREATE TABLE providers (
    id                   UUID PRIMARY KEY,
    version              BIGINT       NOT NULL DEFAULT 0,
    legal_name           VARCHAR(200) NOT NULL,
    main_establishment   CHAR(2),
    status               VARCHAR(16)  NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED')),
    status_reason        VARCHAR(500),
    contact_email        VARCHAR(254) NOT NULL,
    contact_phone        VARCHAR(40)  NOT NULL,
    contact_languages    VARCHAR(100) NOT NULL,
    rep_name             VARCHAR(200),
    rep_address          VARCHAR(500),
    rep_email            VARCHAR(254),
    rep_phone            VARCHAR(40),
    rep_member_state     CHAR(2),
    signing_public_key   TEXT,
    created_at           TIMESTAMPTZ  NOT NULL,
    updated_at           TIMESTAMPTZ  NOT NULL,
    -- Art 24: a provider without a main establishment in the Union must designate a legal representative.
    CONSTRAINT providers_rep_required CHECK (main_establishment IS NOT NULL OR rep_member_state IS NOT NULL)
);
CREATE UNIQUE INDEX providers_legal_name_uq ON providers (lower(legal_name));
CREATE INDEX providers_jurisdiction_idx ON providers (coalesce(main_establishment, rep_member_state));

CREATE TABLE provider_service_types (
    provider_id  UUID        NOT NULL REFERENCES providers (id) ON DELETE CASCADE,
    service_type VARCHAR(40) NOT NULL,
    PRIMARY KEY (provider_id, service_type)
);

CREATE TABLE provider_services (
    provider_id   UUID         NOT NULL REFERENCES providers (id) ON DELETE CASCADE,
    position      INT          NOT NULL,
    name          VARCHAR(200) NOT NULL,
    service_type  VARCHAR(40)  NOT NULL,
    description   VARCHAR(1000),
    offered_in    VARCHAR(200) NOT NULL,
    PRIMARY KEY (provider_id, position)
);

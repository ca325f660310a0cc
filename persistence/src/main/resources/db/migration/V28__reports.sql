-- Providers' reports to the EU Centre (Art 12-13 of COM(2022) 209): the Art 13 content as the
-- provider sends it (no content data: a reference to it; content will go to the evidence vault),
-- the provider (the tenant) from its token, the workflow state, and once finished the provider's
-- detached JWS over the report's canonical document (docs/reports.md) with that document's SHA-256.
CREATE TABLE reports (
    id                         UUID          PRIMARY KEY,
    version                    BIGINT        NOT NULL,
    provider_id                UUID          NOT NULL REFERENCES providers (id),
    state                      VARCHAR(16)   NOT NULL CHECK (state IN ('OPEN', 'FINISHED', 'RETRACTED')),
    report_type                VARCHAR(16)   NOT NULL CHECK (report_type IN ('KNOWN', 'NEW', 'GROOMING')),
    provider_timestamp         TIMESTAMPTZ   NOT NULL,
    content_reference          VARCHAR(200),
    other_data                 VARCHAR(4000),
    ip_address                 VARCHAR(45),
    ip_port                    INTEGER       CHECK (ip_port BETWEEN 0 AND 65535),
    location_observed_at       TIMESTAMPTZ,
    location_country           CHAR(2),
    user_identifiers           TEXT,
    reported_to_third_country  BOOLEAN       NOT NULL,
    third_country_reference    VARCHAR(200),
    removed_or_disabled        BOOLEAN       NOT NULL,
    urgent                     BOOLEAN       NOT NULL,
    legal_basis                VARCHAR(200)  NOT NULL,
    opened_by                  VARCHAR(200)  NOT NULL,
    opened_at                  TIMESTAMPTZ   NOT NULL,
    finished_at                TIMESTAMPTZ,
    retracted_at               TIMESTAMPTZ,
    signature                  VARCHAR(4000),
    signature_algorithm        VARCHAR(16),
    signed_document_sha256     CHAR(64),
    state_changed_at           TIMESTAMPTZ   NOT NULL,
    CONSTRAINT reports_location CHECK (ip_address IS NOT NULL OR (ip_port IS NULL AND location_observed_at IS NULL
                                                                AND location_country IS NULL)),
    CONSTRAINT reports_signed CHECK ((finished_at IS NULL) = (signature IS NULL)
                                     AND (signature IS NULL) = (signed_document_sha256 IS NULL))
);
CREATE INDEX reports_provider_idx ON reports (provider_id, opened_at DESC);

-- Evidence items: hashes the provider computed, numbered from 1 in the order attached (the order of
-- the signed document). vault_item_id will name the evidence vault's item holding content (null today).
CREATE TABLE report_evidence (
    id             UUID          PRIMARY KEY,
    report_id      UUID          NOT NULL REFERENCES reports (id),
    position       INTEGER       NOT NULL CHECK (position >= 1),
    kind           VARCHAR(8)    NOT NULL CHECK (kind IN ('PDQ', 'MD5', 'SHA256')),
    hash_value     VARCHAR(64)   NOT NULL,
    quality        INTEGER       CHECK (quality BETWEEN 0 AND 100),
    vault_item_id  UUID,
    attached_at    TIMESTAMPTZ   NOT NULL,
    CONSTRAINT report_evidence_position UNIQUE (report_id, position),
    CONSTRAINT report_evidence_quality CHECK ((kind = 'PDQ') = (quality IS NOT NULL))
);
CREATE INDEX report_evidence_hash_idx ON report_evidence (kind, hash_value);

CREATE TABLE report_status_changes (
    id            UUID          PRIMARY KEY,
    report_id     UUID          NOT NULL REFERENCES reports (id),
    from_state    VARCHAR(16),
    event         VARCHAR(32)   NOT NULL,
    to_state      VARCHAR(16)   NOT NULL,
    occurred_at   TIMESTAMPTZ   NOT NULL,
    actor         VARCHAR(200)  NOT NULL,
    reason        VARCHAR(500),
    legal_basis   VARCHAR(100)
);
CREATE INDEX report_status_changes_report_idx ON report_status_changes (report_id, occurred_at);

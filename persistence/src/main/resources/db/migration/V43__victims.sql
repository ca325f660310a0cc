-- Victims and survivors (Art 20-21 of COM(2022) 209, issue 12 §1). A Coordinating Authority opens
-- a victim case for a survivor living in its Member State; the survivor signs in to the victim page
-- with the case number and an access code. Minimal personal data: a contact reference the CA
-- chooses (its own file number), never the survivor's name. The access code is stored only as a
-- salted PBKDF2 hash. Hashes the survivor sends become an indicator submission of source
-- VICTIM_REQUEST (indicators context); victim_case_submissions links them to the case.
CREATE TABLE victim_cases (
    id                 UUID          PRIMARY KEY,
    version            BIGINT        NOT NULL,
    case_number        VARCHAR(32)   NOT NULL UNIQUE,
    member_state       CHAR(2)       NOT NULL,
    contact_reference  VARCHAR(200)  NOT NULL,
    opened_by          VARCHAR(200)  NOT NULL,
    opened_at          TIMESTAMPTZ   NOT NULL,
    -- the access code: PBKDF2-HMAC-SHA256 (hex) with its salt and iterations; null before the first
    -- code and after a revocation
    code_hash          CHAR(64),
    code_salt          CHAR(32),
    code_iterations    INTEGER,
    code_issued_at     TIMESTAMPTZ,
    code_revoked_at    TIMESTAMPTZ,
    -- wrong codes since the last success or lock; after the configured number the case is locked
    failed_attempts    INTEGER       NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until       TIMESTAMPTZ,
    withdrawn_at       TIMESTAMPTZ,
    CONSTRAINT victim_cases_code CHECK ((code_hash IS NULL) = (code_salt IS NULL)
                                        AND (code_hash IS NULL) = (code_iterations IS NULL))
);
CREATE INDEX victim_cases_member_state_idx ON victim_cases (member_state, opened_at DESC);

-- A signed-in victim page session: the SHA-256 of a random token kept in the HTTP session, bound to
-- one case, until it expires; a revoked code ends every session of its case.
CREATE TABLE victim_sessions (
    token_hash  CHAR(64)     PRIMARY KEY,
    case_id     UUID         NOT NULL REFERENCES victim_cases (id),
    created_at  TIMESTAMPTZ  NOT NULL,
    expires_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX victim_sessions_case_idx ON victim_sessions (case_id);

-- Wrong sign-ins per client address (its SHA-256, never the address itself), in a window.
CREATE TABLE victim_address_failures (
    address_hash  CHAR(64)     PRIMARY KEY,
    window_start  TIMESTAMPTZ  NOT NULL,
    failures      INTEGER      NOT NULL CHECK (failures >= 0)
);

-- The indicator submissions a survivor sent from the victim page, per case.
CREATE TABLE victim_case_submissions (
    case_id        UUID         NOT NULL REFERENCES victim_cases (id),
    submission_id  UUID         NOT NULL REFERENCES indicator_submissions (id),
    submitted_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (case_id, submission_id)
);

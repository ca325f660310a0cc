-- Legal profiles (issue 8): versioned configuration of every duration, deadline, order type, report due
-- date, cap, mandatory field and annex template, each value with the Article it comes from and its
-- legal review status. A version is imported once and never changed: a new version is a new row set,
-- so a case that recorded (profile_id, version) when it was opened reads the same values for ever.

CREATE TABLE legal_profile_versions (
    id            UUID         PRIMARY KEY,
    profile_id    VARCHAR(64)  NOT NULL,
    version       INTEGER      NOT NULL CHECK (version >= 1),
    title         VARCHAR(300) NOT NULL,
    legal_basis   TEXT         NOT NULL,
    imported_at   TIMESTAMPTZ  NOT NULL,
    imported_by   VARCHAR(200) NOT NULL,
    -- the keys this version drops on purpose (the import file's "removed" list), comma-separated
    removed_keys  TEXT         NOT NULL DEFAULT '',
    -- SHA-256 of the imported file, so that the text a version came from can be identified later
    source_sha256 CHAR(64)     NOT NULL,
    CONSTRAINT legal_profile_versions_unique UNIQUE (profile_id, version)
);

CREATE TABLE legal_profile_values (
    version_id     UUID         NOT NULL REFERENCES legal_profile_versions (id),
    value_key      VARCHAR(120) NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    -- the value as text: an ISO-8601 period, --MM-DD, a decimal, or for lists a JSON array of strings
    value_text     TEXT         NOT NULL,
    article        VARCHAR(200) NOT NULL,
    review_status  VARCHAR(30)  NOT NULL,
    -- the profile the value is taken from where this profile's own text gives none
    inherited_from VARCHAR(64),
    PRIMARY KEY (version_id, value_key)
);

CREATE FUNCTION legal_profiles_immutable() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'legal profile versions are immutable: import a new version instead';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER legal_profile_versions_immutable BEFORE UPDATE OR DELETE ON legal_profile_versions
    FOR EACH ROW EXECUTE FUNCTION legal_profiles_immutable();
CREATE TRIGGER legal_profile_values_immutable BEFORE UPDATE OR DELETE ON legal_profile_values
    FOR EACH ROW EXECUTE FUNCTION legal_profiles_immutable();

-- Match as a service (Art 10, 50), issue 9 slice "match": the accuracy loop's counters and the
-- providers' false-positive flags.

-- How often an indicator matched, per provider and day (UTC). Written in bulk, once per match
-- call (one upsert over all the call's matched indicators); read by the flood quarantine rule,
-- which compares an indicator's recent matches with its own baseline, and by the screens.
CREATE TABLE indicator_match_counts (
    indicator_id  UUID     NOT NULL REFERENCES indicators (id),
    provider_id   UUID     NOT NULL REFERENCES providers (id),
    day           DATE     NOT NULL,
    matches       BIGINT   NOT NULL CHECK (matches >= 0),
    PRIMARY KEY (indicator_id, provider_id, day)
);
CREATE INDEX indicator_match_counts_day_idx ON indicator_match_counts (day, indicator_id);

-- A provider's flag that a match was a false positive: it feeds the reviewers' queue. Only for
-- an indicator the provider could match under a live grant. resolved_* is set by the reviewer.
CREATE TABLE indicator_flags (
    id             UUID          PRIMARY KEY,
    indicator_id   UUID          NOT NULL REFERENCES indicators (id),
    provider_id    UUID          NOT NULL REFERENCES providers (id),
    reason         VARCHAR(500),
    flagged_by     VARCHAR(200)  NOT NULL,
    flagged_at     TIMESTAMPTZ   NOT NULL,
    resolved_at    TIMESTAMPTZ,
    resolved_by    VARCHAR(200),
    resolution     VARCHAR(16)   CHECK (resolution IN ('CONFIRMED', 'RETIRED')),
    CONSTRAINT indicator_flags_resolution CHECK ((resolved_at IS NULL) = (resolution IS NULL))
);
CREATE INDEX indicator_flags_open_idx ON indicator_flags (flagged_at) WHERE resolved_at IS NULL;
CREATE INDEX indicator_flags_indicator_idx ON indicator_flags (indicator_id);

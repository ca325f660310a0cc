-- Triage of finished reports (issue 11 §2, docs/reports.md "Triage"): a detection job per report,
-- run by eu.csar.reports.application.ReportTriage when the job's JMS message arrives. Triage is the
-- Centre's own record beside the report (the report's workflow states are not touched).
--
-- report_triage: one row per report, its primary key the report's id, so a redelivered job finds
-- the row in its own transaction and does nothing twice (and two deliveries racing: one commits,
-- the other fails on the key, rolls back and finds the row on redelivery).
CREATE TABLE report_triage (
    report_id        UUID          PRIMARY KEY REFERENCES reports (id),
    job_message_id   VARCHAR(100)  NOT NULL,
    urgent           BOOLEAN       NOT NULL,
    known            BOOLEAN       NOT NULL,
    seen_before      BOOLEAN       NOT NULL,
    score            INTEGER       NOT NULL CHECK (score BETWEEN 0 AND 100),
    hashes_computed  INTEGER       NOT NULL CHECK (hashes_computed >= 0),
    completed_at     TIMESTAMPTZ   NOT NULL
);

-- What triage found, per evidence item: an ACTIVE indicator it matches (KNOWN), or an earlier
-- report whose evidence has the same digest or a PDQ hash within distance 31 (SEEN_BEFORE).
CREATE TABLE report_triage_hits (
    id                 UUID          PRIMARY KEY,
    report_id          UUID          NOT NULL REFERENCES report_triage (report_id),
    hit                VARCHAR(12)   NOT NULL CHECK (hit IN ('KNOWN', 'SEEN_BEFORE')),
    position           INTEGER       NOT NULL CHECK (position >= 1),
    hash_kind          VARCHAR(8)    NOT NULL CHECK (hash_kind IN ('PDQ', 'MD5', 'SHA256')),
    hash_source        VARCHAR(8)    NOT NULL CHECK (hash_source IN ('PROVIDED', 'COMPUTED')),
    indicator_id       UUID,
    earlier_report_id  UUID          REFERENCES reports (id),
    distance           INTEGER       NOT NULL CHECK (distance BETWEEN 0 AND 256),
    CONSTRAINT report_triage_hits_known CHECK ((hit = 'KNOWN') = (indicator_id IS NOT NULL)),
    CONSTRAINT report_triage_hits_seen CHECK ((hit = 'SEEN_BEFORE') = (earlier_report_id IS NOT NULL))
);
CREATE INDEX report_triage_hits_report_idx ON report_triage_hits (report_id);
CREATE INDEX report_triage_hits_earlier_idx ON report_triage_hits (earlier_report_id) WHERE earlier_report_id IS NOT NULL;

-- Every PDQ hash of a triaged report's evidence (provided by the provider, or computed by triage
-- from content in the vault), for "seen before" within distance 31 without a full scan: the 256
-- bits in 4 words (w0 = bits 0..63, as eu.csar.detection.pdq.PdqHash.word) for the exact distance,
-- and 16 band keys (band i = bits 16i..16i+15, key = i * 65536 + value) in a GIN index. Two hashes
-- within 31 bits share a band with at most one bit different (16 bands, pigeonhole), so a search
-- probes 16 * 17 keys and checks only the rows that hold one (eu.csar.reports.application.PdqBands).
-- Digests need no copy: report_evidence has its (kind, hash_value) index.
CREATE TABLE report_pdq_hashes (
    report_id    UUID          NOT NULL REFERENCES reports (id),
    position     INTEGER       NOT NULL CHECK (position >= 1),
    hash_source  VARCHAR(8)    NOT NULL CHECK (hash_source IN ('PROVIDED', 'COMPUTED')),
    w0           BIGINT        NOT NULL,
    w1           BIGINT        NOT NULL,
    w2           BIGINT        NOT NULL,
    w3           BIGINT        NOT NULL,
    bands        INTEGER[]     NOT NULL CHECK (cardinality(bands) = 16),
    finished_at  TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (report_id, position, hash_source)
);
CREATE INDEX report_pdq_hashes_bands_idx ON report_pdq_hashes USING gin (bands);

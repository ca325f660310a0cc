-- Bulk import of indicators (issue 9, section 1): the uploaded file and the staged lines of a
-- running import job. Both live in PostgreSQL, not on a node's disk, so that any node can restart
-- the job. The job's final step moves the staged lines into indicators, indicator_provenance,
-- indicator_submission_lines and indicator_status_changes in one transaction and deletes both.

-- The uploaded file, split into blocks of consecutive lines as it arrives (the upload is streamed,
-- never held whole in memory); first_line is the file line number of the block's first line.
CREATE TABLE indicator_import_blocks (
    submission_id  UUID     NOT NULL REFERENCES indicator_submissions (id),
    block_no       INTEGER  NOT NULL CHECK (block_no >= 0),
    first_line     INTEGER  NOT NULL CHECK (first_line >= 1),
    line_count     INTEGER  NOT NULL CHECK (line_count >= 0),
    content        TEXT     NOT NULL,
    PRIMARY KEY (submission_id, block_no)
);

-- What the import was asked to do, and how far the upload went: format (CSV or JSON_LINES), whether
-- the path column of the hasher's CSV is kept as a label, and the total number of lines.
CREATE TABLE indicator_imports (
    submission_id  UUID          PRIMARY KEY REFERENCES indicator_submissions (id),
    format         VARCHAR(16)   NOT NULL CHECK (format IN ('CSV', 'JSON_LINES')),
    keep_labels    BOOLEAN       NOT NULL,
    total_lines    INTEGER       NOT NULL CHECK (total_lines >= 0),
    file_name      VARCHAR(255),
    finished_at    TIMESTAMPTZ
);

-- One row per parsed line, keyed by (submission, line) so that a chunk written again after a
-- restart never duplicates a line (INSERT ... ON CONFLICT DO NOTHING). A refused line keeps its
-- reason (PDQ quality below 50, malformed) and, in value, the raw text for the error report.
-- A logged table on purpose: a crash of PostgreSQL itself must not lose lines a checkpoint counts.
CREATE TABLE indicator_import_staging (
    submission_id  UUID           NOT NULL,
    line_no        INTEGER        NOT NULL,
    kind           VARCHAR(8),
    value          VARCHAR(2048),
    quality        SMALLINT,
    label          VARCHAR(500),
    reason         VARCHAR(500),
    PRIMARY KEY (submission_id, line_no)
);

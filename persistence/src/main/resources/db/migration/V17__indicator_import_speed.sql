-- Issue 9, bulk import at >= 50,000 hashes/s: the publication writes about four rows per imported
-- line (indicator, provenance link, submission line, history row) into indexed tables, so every
-- index it touches per row counts (and where in an index a row lands: the publication gives its
-- rows time-ordered ids, ImportSql.idPrefix).

-- indicators: kind and value compare byte by byte (COLLATE "C"): hashes are lower-case hex and
-- URLs need no language's order, and a locale's comparison (strcoll) costs several times more at
-- each of the ~20 comparisons a unique-index insert makes. For C.UTF-8 databases the order is the
-- same (code points); a prefix search (LIKE 'abc%') can now use the index.
ALTER TABLE indicators ALTER COLUMN kind TYPE VARCHAR(8) COLLATE "C", ALTER COLUMN value TYPE VARCHAR(2048) COLLATE "C";

-- indicators: the unique (set, kind, value) becomes (kind, value, set): the same rule (every
-- equality lookup on the three still uses it), and it now also serves the look-ups by (kind, value)
-- that had an index of their own, so an import writes one random-order index entry fewer per row.
ALTER TABLE indicators DROP CONSTRAINT indicators_one_per_set;
ALTER TABLE indicators ADD CONSTRAINT indicators_one_per_set UNIQUE (kind, value, set_id);
DROP INDEX indicators_value_idx;

-- indicator_provenance: the partial unique (indicator, submission) becomes a plain unique index:
-- the same rule (NULL submissions, e.g. victims' requests, stay distinct) and it serves the
-- look-ups by indicator that had an index of their own.
DROP INDEX indicator_provenance_once_per_submission;
DROP INDEX indicator_provenance_indicator_idx;
CREATE UNIQUE INDEX indicator_provenance_once_per_submission ON indicator_provenance (indicator_id, submission_id);

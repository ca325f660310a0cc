-- Issue 9, bulk import at >= 50,000 hashes/s: the publication writes about four rows per imported
-- line (indicator, provenance link, submission line, history row) into indexed tables, so every
-- index it touches per row counts (and where in an index a row lands: the publication gives its
-- rows time-ordered ids, ImportSql.idPrefix).

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

-- Issue 9, bulk import at >= 50,000 hashes/s: the publication writes about four rows per imported
-- line (indicator, provenance link, submission line, history row) into indexed tables, so every
-- index it touches per row counts, and so does where in an index a row lands.

-- Time-ordered UUIDs (the layout of UUID version 7: 48 bits of Unix milliseconds, then random
-- bits): a million new ids land at the right-hand end of each primary key and of the indexes
-- keyed on indicator_id, instead of on a million random pages (random UUIDs made every insert a
-- random page write and, after each checkpoint, a full-page image in the WAL). PostgreSQL 17 has
-- uuidv7(); this is the same layout for 15 and 16.
CREATE FUNCTION csar_uuid7() RETURNS UUID LANGUAGE sql VOLATILE PARALLEL SAFE AS $$
    SELECT encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
        PLACING substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::BIGINT) FROM 3) FROM 1 FOR 6),
        52, 1), 53, 1), 'hex')::UUID
$$;

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

-- Room on every page of the match counters for a new version of each of its rows, so that a flush's
-- updates are HOT (heap-only tuples) and their old versions are pruned on the page itself, without
-- VACUUM. Under load the node's flush (MatchCountFlush) adds to the same tens of thousands of
-- counters at every flush, each row once. At fillfactor 100 the pages are full: every update put the
-- new version on another page and added an entry to both indexes, and the old versions stayed until
-- a VACUUM (autovacuum is off on the load-test machine: 47,220 live and 160,228 dead rows after one
-- load run, every dead version walked again by the next flush's lookups). `matches` is in no
-- index, so an update that finds room on its own page is HOT; 50 leaves room for one new version of
-- every row of the page, the most one flush writes (docs/indicator-matching.md, 2026-12-05 "Counters
-- without dead rows"). The table is rewritten (CLUSTER: in the primary key's order, the fillfactor
-- applied, the dead versions dropped, the indexes rebuilt) so the rows already there get the room too.
ALTER TABLE indicator_match_counts SET (fillfactor = 50);
CLUSTER indicator_match_counts USING indicator_match_counts_pkey;

-- The "seen before" lookup of triage searches report_pdq_hashes' band keys through their GIN index
-- while triage keeps inserting into it. With GIN's fast update (the default) new entries wait in a
-- pending list that every search reads in full until a vacuum merges it: on the load test's table
-- (7,004 rows) a probe took 10 ms before a vacuum and 0.5 ms after (docs/reports.md "Load"), and
-- under load autovacuum does not come round often enough. Entries now go into the index at once
-- (a slightly dearer insert, one per hash a report carries), and what is pending is merged now.
ALTER INDEX report_pdq_hashes_bands_idx SET (fastupdate = off);
SELECT gin_clean_pending_list('report_pdq_hashes_bands_idx');

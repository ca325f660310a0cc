-- Issue 9, core: a hasher line with digest columns (hash,quality,md5,sha256,path) names up to three
-- indicators (PDQ, MD5, SHA-256). Each is one item of indicator_submission_lines (line_no = item
-- number, 1..n); source_line says which line of the text as sent it came from.
ALTER TABLE indicator_submission_lines ADD COLUMN source_line INTEGER CHECK (source_line >= 1);

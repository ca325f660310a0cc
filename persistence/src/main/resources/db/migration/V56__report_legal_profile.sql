-- Reports pin the legal-profile version they were opened under (issue 11), as every other case does
-- (docs/legal-profiles.md): the type check (report.abuse-types), the review desk's decisions (four eyes,
-- report.user-information-delay) and automatic forwarding read this version for the report's whole life,
-- so a later version of COM-2022-209 never changes the rules an opened report is judged by.
-- Existing rows are backfilled with the newest version of COM-2022-209 present when this runs: the
-- version their type check read (intake read the newest version), not necessarily the one in force when
-- each of them was opened (that was never recorded). A database without reports updates nothing.
ALTER TABLE reports ADD COLUMN profile_id      VARCHAR(64),
                    ADD COLUMN profile_version INTEGER CHECK (profile_version >= 1);

UPDATE reports SET profile_id = 'COM-2022-209',
                   profile_version = (SELECT max(version) FROM legal_profile_versions WHERE profile_id = 'COM-2022-209');

ALTER TABLE reports ALTER COLUMN profile_id SET NOT NULL,
                    ALTER COLUMN profile_version SET NOT NULL;

-- Automatic forwarding of known material (issue 11 section 6, Art 48(3)): where the legal profile
-- switches it on (report.automatic-forwarding-of-known-material, off in the shipped profiles), the
-- platform itself decides to forward a FINISHED, unclaimed report whose every evidence item matched an
-- ACTIVE indicator of verified provenance. The decision is the same as a reviewer's (decision FORWARD,
-- decided_by the platform's system actor); these columns say that it was automatic and which
-- verified indicators it rests on (comma-separated ids: a report holds up to 1,000 items).
ALTER TABLE reports
    ADD COLUMN decision_automatic  BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN decision_indicators TEXT,
    ADD CONSTRAINT reports_decision_automatic CHECK (decision_automatic = (decision_indicators IS NOT NULL)
                                                     AND (NOT decision_automatic OR decision = 'FORWARD'));

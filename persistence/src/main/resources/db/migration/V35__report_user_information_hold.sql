-- When the provider may inform the user of a forwarded report (Art 12(2), Art 48(6)(a), issue 11
-- section 4): from the forward decision, the report's finishing plus the profile's
-- report.user-information-delay (3 months in COM-2022-209); a law-enforcement authority or Europol
-- may ask that the user not be informed until a later time (at most report.do-not-inform-max,
-- 18 months, after the report), through its answer to a delivery or the API. The latest hold counts.
ALTER TABLE reports
    ADD COLUMN user_information_from       TIMESTAMPTZ,
    ADD COLUMN user_information_hold_until TIMESTAMPTZ,
    ADD COLUMN user_information_hold_by    VARCHAR(200),
    ADD CONSTRAINT reports_user_information_hold CHECK ((user_information_hold_until IS NULL) = (user_information_hold_by IS NULL)
                                                       AND (user_information_hold_until IS NULL OR user_information_from IS NOT NULL));

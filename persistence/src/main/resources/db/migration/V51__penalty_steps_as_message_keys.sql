-- Issue 12 §3: the penalty calculator's steps are stored as a message key (penStep.* in the
-- portal's message files) and its arguments (joined by the unit separator, chr(31)), so that the
-- Dutch page shows them in Dutch. The English sentences stored so far are converted, each pattern
-- the calculator wrote into its key; the more specific pattern first (per day before without). A
-- sentence matching none is kept whole as the argument of penStep.text, so no step is lost.
ALTER TABLE penalty_case_steps ADD COLUMN message_key VARCHAR(100);
ALTER TABLE penalty_case_steps ADD COLUMN arguments VARCHAR(1000);

CREATE FUNCTION pg_temp.penalty_step(pattern TEXT, message_key TEXT) RETURNS VOID AS $$
    UPDATE penalty_case_steps
       SET message_key = penalty_step.message_key,
           arguments = array_to_string(regexp_match(step, penalty_step.pattern), chr(31))
     WHERE penalty_case_steps.message_key IS NULL AND step ~ penalty_step.pattern;
$$ LANGUAGE sql;

SELECT pg_temp.penalty_step('^Cap: (.+) of the average daily worldwide turnover of the preceding business year, per day \((.+); legal profile (.+)\)$', 'penStep.capPeriodic');
SELECT pg_temp.penalty_step('^Cap: (.+) of the annual worldwide turnover of the preceding business year \((.+); legal profile (.+)\)$', 'penStep.capFine');
SELECT pg_temp.penalty_step('^Average daily turnover: (.+) / (\d+) days = (.+) \(rounded down to the cent\)$', 'penStep.dailyTurnover');
SELECT pg_temp.penalty_step('^(\S+) of (.+) = (.+) per day \(rounded down to the cent\)$', 'penStep.capAmountPeriodic');
SELECT pg_temp.penalty_step('^(\S+) of (.+) = (.+) \(rounded down to the cent\)$', 'penStep.capAmountFine');
SELECT pg_temp.penalty_step('^Proposed: (.+) per day, at the cap$', 'penStep.proposedAtCapPeriodic');
SELECT pg_temp.penalty_step('^Proposed: (.+), at the cap$', 'penStep.proposedAtCapFine');
SELECT pg_temp.penalty_step('^Proposed: (.+) per day, within the cap \((.+) below it\)$', 'penStep.proposedWithinPeriodic');
SELECT pg_temp.penalty_step('^Proposed: (.+), within the cap \((.+) below it\)$', 'penStep.proposedWithinFine');
SELECT pg_temp.penalty_step('^Over (\d+) day\(s\): at most (.+); proposed (.+)$', 'penStep.total');
UPDATE penalty_case_steps SET message_key = 'penStep.text', arguments = step WHERE message_key IS NULL;

ALTER TABLE penalty_case_steps ALTER COLUMN message_key SET NOT NULL;
ALTER TABLE penalty_case_steps ALTER COLUMN arguments SET NOT NULL;
ALTER TABLE penalty_case_steps DROP COLUMN step;

# shellcheck shell=bash
# bin/crash-test import: kill -9 WildFly in the middle of a bulk import of indicators, restart the
# job, and check in PostgreSQL that nothing was lost, done twice or shown early (sourced by
# bin/crash-test, which has started the stack and defines sql, sql_digest, list_digest, check, token, json_*,
# await_status).
#
# What is compared with what: the expected outcome of every line comes from the uploaded file itself
# (its accepted hashes, its refused line numbers), the expected audit entries from the chunk size of the
# job's own parameters; the lists are compared as sorted lists (their digests), so one missing, extra or
# changed row fails the check.

IMPORT_LINES="${IMPORT_LINES:-300000}"
IMPORT_KILL_AFTER="${IMPORT_KILL_AFTER:-100000}"
IMPORT_KILL_WAIT_SECONDS="${IMPORT_KILL_WAIT_SECONDS:-300}"

# N synthetic PDQ lines of the hasher's CSV: random 256-bit hashes (no real picture behind them),
# every 100th below quality 50, every 1000th (at 500) malformed.
synthetic_pdq_csv() { # lines
  awk -v n="$1" 'BEGIN { srand(20261202);
    for (i = 1; i <= n; i++) {
      if (i % 1000 == 500) { print "not-a-hash," 80 ",/synthetic/" i ".jpg"; continue }
      h = ""; for (j = 0; j < 8; j++) h = h sprintf("%08x", int(rand() * 4294967296));
      print h "," ((i % 100 == 0) ? 30 : 90) ",/synthetic/" i ".jpg"
    } }'
}

# The audit purposes the stage step must have recorded: one per chunk of the file (ImportStagingWriter).
expected_chunk_audits() { # job, lines, chunk
  awk -v job="$1" -v n="$2" -v c="$3" 'BEGIN {
    for (a = 1; a <= n; a += c) { b = a + c - 1; if (b > n) b = n; print "bulk import job " job ": lines " a "-" b " staged" } }'
}

crash_import() {
  local file="$RUN_DIR/crash-import.csv"
  synthetic_pdq_csv "$IMPORT_LINES" > "$file"
  local refused accepted accepted_digest refused_digest
  refused="$(awk -F, '$1 == "not-a-hash" || $2 == 30' "$file" | wc -l)"
  accepted=$(( IMPORT_LINES - refused ))
  accepted_digest="$(awk -F, '$1 != "not-a-hash" && $2 != 30 { print $1 }' "$file" | list_digest)"
  refused_digest="$(awk -F, '$1 == "not-a-hash" || $2 == 30 { print NR }' "$file" | list_digest)"
  local set_indicators_before
  set_indicators_before="$(sql "select count(*) from indicators i join indicator_sets s on s.id = i.set_id where s.code = 'known-images'")"

  local t0 answer sub job first
  t0="$(now)"
  answer="$(curl -fsS -H "Authorization: Bearer $(token)" -H 'Content-Type: text/csv' --data-binary "@$file" \
      "$WILDFLY_URL/api/v1/indicator-imports?set=known-images&source=THIRD_PARTY_LIST&fileName=crash-import.csv")"
  sub="$(echo "$answer" | json_string id)"
  job="$(echo "$answer" | json_number jobId)"
  first="$(echo "$answer" | json_number executionId)"
  is_number "$job" && is_number "$first" || { log "unexpected answer to the upload: $answer"; return 1; }
  local chunk
  chunk="$(sql "select jobparameters from job_execution where jobexecutionid = $first" | sed -nE 's/^chunk *[=:] *([0-9]+).*/\1/p')"
  is_number "$chunk" || { log "no chunk size in the job parameters of execution $first"; return 1; }
  log "import $sub uploaded in $(elapsed "$t0") s: job $job, execution $first ($IMPORT_LINES lines, $refused to be refused, chunk $chunk)"

  local staged=0 deadline=$(( SECONDS + IMPORT_KILL_WAIT_SECONDS ))
  while [ "$SECONDS" -lt "$deadline" ]; do
    staged="$(sql "select count(*) from indicator_import_staging where submission_id = '$sub'")"
    [ "$staged" -ge "$IMPORT_KILL_AFTER" ] && break
    sleep 0.05
  done
  log "kill -9 WildFly with $staged lines staged, $(elapsed "$t0") s after the upload began"
  kill9_wildfly
  local before_rows before_status checkpoint
  before_rows="$(sql "select count(*) from indicator_import_staging where submission_id = '$sub'")"
  before_status="$(sql "select batchstatus from job_execution where jobexecutionid = $first")"
  checkpoint="$(sql "select coalesce(sum(writecount), 0) from step_execution where jobexecutionid = $first and stepname = 'stage'")"
  log "after the kill: execution $first is $before_status, $before_rows lines staged, checkpoint at $checkpoint lines"

  start_wildfly
  local after_status; after_status="$(sql "select batchstatus from job_execution where jobexecutionid = $first")"
  echo
  echo "crash-test import: verdict"
  check "the kill fell in the middle of the stage step ($before_rows of $IMPORT_LINES lines staged)" \
    [ "$before_rows" -gt 0 -a "$before_rows" -lt "$IMPORT_LINES" ]
  check "the killed execution was left STARTED (got $before_status)" [ "$before_status" = STARTED ]
  check "the staged lines are exactly the checkpointed ones ($before_rows rows, checkpoint $checkpoint)" [ "$before_rows" = "$checkpoint" ]
  check "the start-up marked it FAILED (got $after_status) and audited that as the system" \
    [ "$after_status" = FAILED -a "$(sql "select count(*) from audit_entries where action = 'JOB_MARKED_FAILED_AFTER_CRASH' and actor = 'system' and object_id = '$first'")" = 1 ]
  check "nothing of the import is visible before its publication (submission IMPORTING; no line, indicator, link or history row)" \
    [ "$(sql "select state from indicator_submissions where id = '$sub'")" = IMPORTING \
      -a "$(sql "select (select count(*) from indicator_submission_lines where submission_id = '$sub')
                      + (select count(*) from indicator_provenance where submission_id = '$sub')
                      + (select count(*) from indicator_status_changes where import_job_id = $job)")" = 0 \
      -a "$(sql "select count(*) from indicators i join indicator_sets s on s.id = i.set_id where s.code = 'known-images'")" = "$set_indicators_before" ]

  local restart second
  restart="$(curl -sS -H "Authorization: Bearer $(token)" -X POST "$WILDFLY_URL/test-support/batch/executions/$first/restart")"
  second="$(echo "$restart" | json_number executionId)"
  log "restarted through the operator service: $restart"
  check "the restart was accepted (new execution $second)" is_number "$second"
  if is_number "$second"; then
    local t1; t1="$(now)"
    check "the restarted execution completed" await_status "$second" COMPLETED 600
    log "the restarted execution ended $(elapsed "$t1") s after the restart"
    local of_sub="where submission_id = '$sub'"
    local lines distinct range
    lines="$(sql "select count(*) from indicator_submission_lines $of_sub")"
    distinct="$(sql "select count(distinct line_no) from indicator_submission_lines $of_sub")"
    range="$(sql "select min(line_no) || '-' || max(line_no) from indicator_submission_lines $of_sub")"
    check "every line recorded once, no gaps ($lines rows, $distinct distinct, lines $range)" \
      [ "$lines" = "$IMPORT_LINES" -a "$distinct" = "$IMPORT_LINES" -a "$range" = "1-$IMPORT_LINES" ]
    check "the accepted lines are exactly the file's good hashes ($(sql "select count(*) from indicator_submission_lines $of_sub and outcome = 'ACCEPTED'") of $accepted, none linked)" \
      [ "$(sql_digest "select value as item from indicator_submission_lines $of_sub and outcome = 'ACCEPTED'")" = "$accepted_digest" \
        -a "$(sql "select count(*) from indicator_submission_lines $of_sub and outcome = 'LINKED'")" = 0 ]
    check "each accepted hash published exactly once: one indicator each in the set, no other new indicator" \
      [ "$(sql_digest "select i.value as item from indicators i join indicator_provenance p on p.indicator_id = i.id where p.submission_id = '$sub'")" = "$accepted_digest" \
        -a "$(sql "select count(distinct indicator_id) from indicator_submission_lines $of_sub and outcome = 'ACCEPTED'")" = "$accepted" \
        -a "$(sql "select count(*) from indicators i join indicator_sets s on s.id = i.set_id where s.code = 'known-images'")" = "$(( set_indicators_before + accepted ))" ]
    check "one provenance link per indicator ($(sql "select count(*) from indicator_provenance $of_sub") for $accepted)" \
      [ "$(sql "select count(*) || ' ' || count(distinct indicator_id) from indicator_provenance $of_sub")" = "$accepted $accepted" ]
    check "one history row \"imported by job $job\" per indicator ($(sql "select count(*) from indicator_status_changes where import_job_id = $job") rows)" \
      [ "$(sql "select count(*) || ' ' || count(distinct c.indicator_id) from indicator_status_changes c join indicator_provenance p on p.indicator_id = c.indicator_id and p.submission_id = '$sub' where c.import_job_id = $job and c.event = 'IMPORTED' and c.reason = 'imported by job $job'")" = "$accepted $accepted" \
        -a "$(sql "select count(*) from indicator_status_changes where import_job_id = $job")" = "$accepted" ]
    check "the refused lines are exactly the file's bad ones ($(sql "select count(*) from indicator_submission_lines $of_sub and outcome = 'REFUSED'") of $refused, each with its reason)" \
      [ "$(sql_digest "select line_no::text as item from indicator_submission_lines $of_sub and outcome = 'REFUSED' and reason is not null")" = "$refused_digest" ]
    local report
    report="$(curl -fsS -H "Authorization: Bearer $(token)" -H 'Accept: text/csv' "$WILDFLY_URL/api/v1/indicator-imports/$sub/errors" | tr -d '\r')"
    check "the error report lists exactly the refused lines ($(( $(printf '%s\n' "$report" | wc -l) - 1 )) rows)" \
      [ "$(printf '%s\n' "$report" | head -1)" = "line,reason,text" \
        -a "$(printf '%s\n' "$report" | tail -n +2 | cut -d, -f1 | list_digest)" = "$refused_digest" ]
    local chunks; chunks="$(( (IMPORT_LINES + chunk - 1) / chunk ))"
    check "one audit entry per chunk ($(sql "select count(*) from audit_entries where action = 'INDICATOR_IMPORT_CHUNK_STAGED' and object_id = '$sub'") for $chunks chunks of $chunk) and one publication" \
      [ "$(sql_digest "select purpose as item from audit_entries where action = 'INDICATOR_IMPORT_CHUNK_STAGED' and object_id = '$sub'")" \
          = "$(expected_chunk_audits "$job" "$IMPORT_LINES" "$chunk" | list_digest)" \
        -a "$(sql "select count(*) from audit_entries where action = 'INDICATOR_IMPORT_PUBLISHED' and object_id = '$sub'")" = 1 ]
    check "the submission waits for verification with its counts (got $(sql "select state || ' ' || line_count || ' ' || refused_count from indicator_submissions where id = '$sub'"))" \
      [ "$(sql "select state || ' ' || line_count || ' ' || refused_count from indicator_submissions where id = '$sub'")" = "SUBMITTED $IMPORT_LINES $refused" ]
    check "the staging and the file are gone" \
      [ "$(sql "select (select count(*) from indicator_import_staging) + (select count(*) from indicator_import_blocks where submission_id = '$sub')")" = 0 ]
    local read_again; read_again="$(sql "select readcount from step_execution where jobexecutionid = $second and stepname = 'stage'")"
    check "the restart resumed from the checkpoint (read $read_again = $IMPORT_LINES - $checkpoint)" \
      [ "$read_again" = "$(( IMPORT_LINES - checkpoint ))" ]
  fi
  echo
  if [ "$failures" -eq 0 ]; then
    echo "crash-test import: PASSED (killed at $before_rows of $IMPORT_LINES lines; resumed from line $(( checkpoint + 1 )); $(elapsed "$t0") s from the upload)"
    return 0
  fi
  echo "crash-test import: FAILED ($failures check(s))"
  return 1
}

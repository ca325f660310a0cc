# shellcheck shell=bash
# bin/crash-test import: kill -9 WildFly in the middle of a bulk import of indicators, restart the
# job, and count rows (sourced by bin/crash-test, which has started the stack and defines sql, check,
# token, json_*, await_status).

IMPORT_LINES="${IMPORT_LINES:-300000}"
IMPORT_KILL_AFTER="${IMPORT_KILL_AFTER:-100000}"

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

crash_import() {
  local file="$RUN_DIR/crash-import.csv"
  synthetic_pdq_csv "$IMPORT_LINES" > "$file"
  local malformed=$(( (IMPORT_LINES + 500) / 1000 ))
  local low; low="$(awk -F, '$1 != "not-a-hash" && $2 == 30' "$file" | wc -l)"
  local refused=$(( malformed + low ))
  local accepted=$(( IMPORT_LINES - refused ))
  local answer sub first
  answer="$(curl -fsS -H "Authorization: Bearer $(token)" -H 'Content-Type: text/csv' --data-binary "@$file" \
      "$WILDFLY_URL/api/v1/indicator-imports?set=known-images&source=THIRD_PARTY_LIST&fileName=crash-import.csv")"
  sub="$(echo "$answer" | json_string id)"
  first="$(sql "select max(jobexecutionid) from job_execution e join indicator_submissions s on s.import_job_id = e.jobinstanceid where s.id = '$sub'")"
  log "import $sub started: execution $first ($IMPORT_LINES lines, $refused to be refused)"
  local staged=0
  for _ in $(seq 1 1200); do
    staged="$(sql "select count(*) from indicator_import_staging where submission_id = '$sub'")"
    [ "$staged" -ge "$IMPORT_KILL_AFTER" ] && break
    sleep 0.05
  done
  local wildfly_pid; wildfly_pid="$(pid_of wildfly)"
  log "kill -9 WildFly (process group $wildfly_pid) with $staged lines staged"
  kill -KILL -- "-$wildfly_pid"
  for _ in $(seq 1 50); do pid_alive "$wildfly_pid" || break; sleep 0.1; done
  rm -f "$RUN_DIR/wildfly.pid"
  local before_rows before_status checkpoint
  before_rows="$(sql "select count(*) from indicator_import_staging where submission_id = '$sub'")"
  before_status="$(sql "select batchstatus from job_execution where jobexecutionid = $first")"
  checkpoint="$(sql "select coalesce(sum(writecount), 0) from step_execution where jobexecutionid = $first and stepname = 'stage'")"
  log "after the kill: execution $first is $before_status, $before_rows lines staged, checkpoint at $checkpoint lines"

  start_wildfly
  echo
  echo "crash-test import: verdict"
  check "the killed execution was left STARTED (got $before_status)" [ "$before_status" = STARTED ]
  check "the staged lines are exactly the checkpointed ones ($before_rows rows, checkpoint $checkpoint)" [ "$before_rows" = "$checkpoint" ]
  check "nothing of the import is visible before it completes" \
    [ "$(sql "select count(*) from indicator_submission_lines where submission_id = '$sub'")" = 0 ]
  local restart second
  restart="$(curl -sS -H "Authorization: Bearer $(token)" -X POST "$WILDFLY_URL/test-support/batch/executions/$first/restart")"
  second="$(echo "$restart" | json_number executionId)"
  log "restarted through the operator service: $restart"
  check "the restart was accepted (new execution $second)" is_number "$second"
  if is_number "$second"; then
    check "the restarted execution completed" await_status "$second" COMPLETED 300
    local lines distinct indicators provenance history state
    lines="$(sql "select count(*) from indicator_submission_lines where submission_id = '$sub'")"
    distinct="$(sql "select count(distinct line_no) from indicator_submission_lines where submission_id = '$sub'")"
    indicators="$(sql "select count(*) from indicator_submission_lines where submission_id = '$sub' and outcome = 'ACCEPTED'")"
    provenance="$(sql "select count(*) from indicator_provenance where submission_id = '$sub'")"
    history="$(sql "select count(*) from indicator_status_changes c join indicator_submissions s on s.import_job_id = c.import_job_id where s.id = '$sub'")"
    state="$(sql "select state || ' ' || line_count || ' ' || refused_count from indicator_submissions where id = '$sub'")"
    check "every line recorded once, no gaps ($lines rows, $distinct distinct, max line $(sql "select max(line_no) from indicator_submission_lines where submission_id = '$sub'"))" \
      [ "$lines" = "$IMPORT_LINES" -a "$distinct" = "$IMPORT_LINES" ]
    check "refused lines ($refused expected)" [ "$(sql "select count(*) from indicator_submission_lines where submission_id = '$sub' and outcome = 'REFUSED'")" = "$refused" ]
    check "one new indicator per accepted line ($indicators of $accepted)" [ "$indicators" = "$accepted" ]
    check "one provenance link and one history row per indicator ($provenance, $history)" [ "$provenance" = "$accepted" -a "$history" = "$accepted" ]
    check "the submission waits for verification with its counts (got $state)" [ "$state" = "SUBMITTED $IMPORT_LINES $refused" ]
    check "the staging and the file are gone" [ "$(sql "select (select count(*) from indicator_import_staging) + (select count(*) from indicator_import_blocks where submission_id = '$sub')")" = 0 ]
    check "the restart resumed from the checkpoint (read $(sql "select readcount from step_execution where jobexecutionid = $second and stepname = 'stage'") = $IMPORT_LINES - $checkpoint)" \
      [ "$(sql "select readcount from step_execution where jobexecutionid = $second and stepname = 'stage'")" = "$(( IMPORT_LINES - checkpoint ))" ]
  fi
  echo
  if [ "$failures" -eq 0 ]; then
    echo "crash-test import: PASSED (killed at $before_rows of $IMPORT_LINES lines; resumed from line $(( checkpoint + 1 )))"
    return 0
  fi
  echo "crash-test import: FAILED ($failures check(s))"
  return 1
}

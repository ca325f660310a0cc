# shellcheck shell=bash
# bin/crash-test reports and receiver-down (issue 11 §6): providers submit signed reports and a reviewer
# forwards them while WildFly is killed with SIGKILL (reports) or while the demo LEA receiver is down
# (receiver-down); then PostgreSQL and the receiver are checked against what the client was told.
# Sourced by bin/crash-test, which has started the stack and defines sql, check, token, is_number.
#
# The client (bin/lib/ReportCrashClient.java, a JDK single-file program) writes keys.tsv (every
# Idempotency-Key and the report id it names), accepted.tsv (each 2xx: key, id, status, attempts,
# replayed) and forwarded.tsv (each forward decision) under run/crash-reports/; the checks compare
# those lists with the database's and the receiver's as sorted lists (list_digest, sql_digest).

CRASH_REPORTS="${CRASH_REPORTS:-200}"
CRASH_THREADS="${CRASH_THREADS:-4}"
CRASH_KILL_AFTER="${CRASH_KILL_AFTER:-$(( CRASH_REPORTS / 3 ))}"
RECEIVER_DOWN_REPORTS="${RECEIVER_DOWN_REPORTS:-20}"
RECEIVER_DOWN_SECONDS="${RECEIVER_DOWN_SECONDS:-600}"
DRAIN_SECONDS="${DRAIN_SECONDS:-900}"
CRASH_OUT="$RUN_DIR/crash-reports"
ALPHA_PROVIDER=7f3b1c2e-0a4d-4c1e-9b8a-1d2e3f4a5b01
# the crash test's reports, by the contentReference the client gives them ("crash-test-<n>")
OURS="select id from reports where provider_id = '$ALPHA_PROVIDER' and content_reference like 'crash-test-%'"

# A fresh EC P-256 key for the demo provider alpha: the private half (PKCS#8 DER) for the client,
# the public half registered through the registry's admin API, as the EU Centre's admins would.
register_alpha_key() { # private-key-file
  local pem provider amended
  openssl ecparam -name prime256v1 -genkey -noout | openssl pkcs8 -topk8 -nocrypt -outform DER -out "$1"
  pem="$(openssl pkey -inform DER -in "$1" -pubout)"
  provider="$(curl -fsS -H "Authorization: Bearer $(token)" "$WILDFLY_URL/api/v1/providers/$ALPHA_PROVIDER")"
  amended="$(jq -c --arg pem "$pem" '{legalName, serviceTypes, services, contactPoint, version, mainEstablishment,
      legalRepresentative} | with_entries(select(.value != null)) + {signingPublicKey: $pem}' <<<"$provider")"
  curl -fsS -o /dev/null -X PUT -H "Authorization: Bearer $(token)" -H 'Content-Type: application/json' \
      -H "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)" -d "$amended" "$WILDFLY_URL/api/v1/providers/$ALPHA_PROVIDER"
}

# Starts the client in the background: REPORTS THREADS; sets CLIENT_PID.
start_report_client() {
  rm -rf "$CRASH_OUT"; mkdir -p "$CRASH_OUT"
  register_alpha_key "$CRASH_OUT/alpha-key.der" || { log "could not register alpha's signing key"; return 1; }
  log "client: $1 one-call signed reports on $2 provider threads, one reviewer forwarding each to NL + Europol (log $CRASH_OUT/client.log)"
  java -Xmx128m "$ROOT/bin/lib/ReportCrashClient.java" "$WILDFLY_URL" "$KEYCLOAK_URL" "$1" "$2" "$CRASH_OUT" \
      "$CRASH_OUT/alpha-key.der" >"$CRASH_OUT/client.log" 2>&1 &
  CLIENT_PID=$!
}
lines_of() { [ -f "$1" ] && wc -l <"$1" || echo 0; }

# Waits until the queues have drained: every report triaged, the outbox sent, no delivery PENDING,
# every forwarded report FORWARDED. Sets DRAIN_TOOK (seconds).
await_drained() { # reports forwarded seconds
  local t0; t0="$(now)"
  local deadline=$(( SECONDS + $3 ))
  while [ "$SECONDS" -lt "$deadline" ]; do
    [ "$(sql "select (select count(*) from report_triage where report_id in ($OURS)) = $1
                 and (select count(*) from outbox_messages where sent_at is null) = 0
                 and (select count(*) from report_deliveries where report_id in ($OURS) and state = 'PENDING') = 0
                 and (select count(*) from reports where id in ($OURS) and state = 'FORWARDED') = $2
                 and (select count(*) from pg_prepared_xacts where database = current_database()) = 0")" = t ] && break
    sleep 1
  done
  DRAIN_TOOK="$(elapsed "$t0")"
  log "drained after $DRAIN_TOOK s (or gave up after $3 s): $(sql "select (select count(*) from report_triage where report_id in ($OURS))
      || ' triaged, ' || (select count(*) from outbox_messages where sent_at is null) || ' outbox rows unsent, '
      || (select count(*) from report_deliveries where report_id in ($OURS) and state = 'PENDING') || ' deliveries pending, '
      || (select count(*) from reports where id in ($OURS) and state = 'FORWARDED') || ' reports FORWARDED, '
      || (select count(*) from pg_prepared_xacts where database = current_database()) || ' XA branches prepared'")"
}

receiver_state() { curl -fsS "http://127.0.0.1:$DEMO_RECEIVER_PORT/received"; }

# The checks both modes share, on the drained system: intake (each accepted report once, one key
# each), triage (one job run each) and forwarding (each delivery received once, DELIVERED, FORWARDED).
check_reports() { # reports
  local n="$1" keys acc fwd
  keys="$CRASH_OUT/keys.tsv"; acc="$CRASH_OUT/accepted.tsv"; fwd="$CRASH_OUT/forwarded.tsv"
  check "the client finished: $(lines_of "$keys") keys, $(lines_of "$acc") accepted, $(lines_of "$fwd") forwarded of $n ($(tail -1 "$CRASH_OUT/client.log"))" \
    [ "$CLIENT_RC" = 0 -a "$(lines_of "$keys")" = "$n" -a "$(lines_of "$acc")" = "$n" -a "$(lines_of "$fwd")" = "$n" ]
  local accepted_digest; accepted_digest="$(cut -f2 "$acc" | list_digest)"
  check "every report that got a 2xx exists, and no other ($(sql "select count(*) from ($OURS) q") rows for $(lines_of "$acc") accepted)" \
    [ "$(sql_digest "select id::text as item from ($OURS) q")" = "$accepted_digest" ]
  check "each key named one report and got one answer (distinct ids $(cut -f2 "$keys" | sort -u | wc -l), keys kept $(sql "select count(*) from idempotency_keys where caller = 'provider:$ALPHA_PROVIDER' and request_path like '%/reports/complete'"))" \
    [ "$(cut -f2 "$keys" | sort -u | wc -l)" = "$n" -a "$(cut -f1 "$acc" | sort -u | wc -l)" = "$n" \
      -a "$(sql_digest "select idempotency_key as item from idempotency_keys where caller = 'provider:$ALPHA_PROVIDER' and request_path like '%/reports/complete'")" \
         = "$(cut -f1 "$keys" | list_digest)" ]
  check "each report was submitted once: one REPORT_SUBMITTED audit entry each" \
    [ "$(sql "select count(*) || ' ' || count(distinct object_id) from audit_entries where action = 'REPORT_SUBMITTED' and outcome = 'SUCCESS' and object_id in (select id::text from ($OURS) q)")" = "$n $n" ]
  check "each report's detection job ran once: $(sql "select count(*) from report_triage where report_id in ($OURS)") report_triage rows, $(sql "select count(*) from audit_entries where action = 'REPORT_TRIAGED' and object_id in (select id::text from ($OURS) q)") REPORT_TRIAGED entries for $n reports" \
    [ "$(sql "select count(*) from report_triage where report_id in ($OURS)")" = "$n" \
      -a "$(sql "select count(*) || ' ' || count(distinct object_id) from audit_entries where action = 'REPORT_TRIAGED' and object_id in (select id::text from ($OURS) q)")" = "$n $n" ]
  TRIAGE_FAILURES="$(sql "select count(*) || ' rows, ' || coalesce(sum(attempts), 0) || ' failed deliveries' from report_triage_failures where report_id in (select id::text from ($OURS) q)")"
  log "triage failures recorded (jobs that threw and came back): $TRIAGE_FAILURES"

  local forwarded_digest state
  forwarded_digest="$(cut -f1 "$fwd" | list_digest)"
  check "the forward decisions are exactly the reviewer's, one each ($(sql "select count(*) from reports where id in ($OURS) and decision = 'FORWARD'") decided, $(sql "select count(*) from audit_entries where action = 'REPORT_FORWARD_DECIDED' and outcome = 'SUCCESS' and object_id in (select id::text from ($OURS) q)") REPORT_FORWARD_DECIDED entries)" \
    [ "$(sql_digest "select id::text as item from reports where id in ($OURS) and decision = 'FORWARD'")" = "$forwarded_digest" \
      -a "$(sql "select count(*) || ' ' || count(distinct object_id) from audit_entries where action = 'REPORT_FORWARD_DECIDED' and outcome = 'SUCCESS' and object_id in (select id::text from ($OURS) q)")" = "$n $n" ]
  check "two deliveries per decision (NL, EUROPOL), all DELIVERED, none FAILED or DEAD: $(sql "select coalesce(string_agg(state || ' ' || c, ', '), 'none') from (select state, count(*) c from report_deliveries where report_id in ($OURS) group by state) q")" \
    [ "$(sql "select count(*) || ' ' || count(*) filter (where state = 'DELIVERED') from report_deliveries where report_id in ($OURS)")" = "$(( 2 * n )) $(( 2 * n ))" ]
  state="$(receiver_state)"
  RECEIVER_KEPT="$(jq '.received | length' <<<"$state")"
  RECEIVER_DUPLICATES="$(jq '.duplicates' <<<"$state")"
  check "the receiver kept each delivery exactly once ($RECEIVER_KEPT kept, $RECEIVER_DUPLICATES repeats dropped by delivery id)" \
    [ "$(jq -r '.received[].deliveryId' <<<"$state" | list_digest)" = "$(sql_digest "select id::text as item from report_deliveries where report_id in ($OURS)")" \
      -a "$(jq -r '.received[] | .reportId + " " + .recipient' <<<"$state" | list_digest)" \
         = "$(sql_digest "select report_id || ' ' || recipient as item from report_deliveries where report_id in ($OURS)")" ]
  check "one DELIVERED attempt per delivery in the delivery log" \
    [ "$(sql "select count(*) || ' ' || count(distinct delivery_id) from report_delivery_attempts where outcome = 'DELIVERED' and delivery_id in (select id from report_deliveries where report_id in ($OURS))")" = "$(( 2 * n )) $(( 2 * n ))" ]
  check "every forwarded report FORWARDED, once ($(sql "select count(*) from reports where id in ($OURS) and state = 'FORWARDED'") of $n; history rows FORWARD $(sql "select count(*) from report_status_changes where event = 'FORWARD' and report_id in ($OURS)"))" \
    [ "$(sql "select count(*) from reports where id in ($OURS) and state = 'FORWARDED'")" = "$n" \
      -a "$(sql "select count(*) || ' ' || count(distinct report_id) from report_status_changes where event = 'FORWARD' and report_id in ($OURS)")" = "$n $n" ]
  check "no XA transaction left prepared in PostgreSQL (locks nobody would release)" \
    [ "$(sql "select count(*) from pg_prepared_xacts where database = current_database()")" = 0 ]
  LATENCIES="$(sql "select 'finish to triage max ' || coalesce(round(extract(epoch from max(t.completed_at - r.finished_at))::numeric, 1), 0)
      || ' s, decision to last delivery max ' || coalesce(round(extract(epoch from max(d.delivered_at - r.decided_at))::numeric, 1), 0) || ' s'
      from reports r join report_triage t on t.report_id = r.id left join report_deliveries d on d.report_id = r.id where r.id in ($OURS)")"
  log "$LATENCIES"
  ATTEMPTS="$(sql "select 'attempts per delivery: min ' || min(attempts) || ', max ' || max(attempts) || ', total ' || sum(attempts) from report_deliveries where report_id in ($OURS)")"
  log "$ATTEMPTS"
}

# How long the XA branches the kill left prepared in PostgreSQL held their locks: polled every 0.5 s
# until the transaction manager's periodic recovery has rolled them back (or committed them); the
# answer goes to $CRASH_OUT/prepared-held. Run in the background from the kill on.
watch_prepared() { # t0 of the kill
  local n first; first="$(sql "select count(*) from pg_prepared_xacts where database = current_database()")"
  if [ "$first" = 0 ]; then echo "no XA branch left prepared by the kill" >"$CRASH_OUT/prepared-held"; return 0; fi
  while n="$(sql "select count(*) from pg_prepared_xacts where database = current_database()")" && [ "$n" != 0 ]; do sleep 0.5; done
  echo "$first XA branch(es) left prepared, held until $(elapsed "$1") s after the kill" >"$CRASH_OUT/prepared-held"
}

# The server's setting of Narayana's RecoveryEnvironmentBean.<name> (configure-50-transactions.cli), or the default.
recovery_setting() { # name default
  local value
  value="$(sed -nE "s/.*<property name=\"RecoveryEnvironmentBean\.$1\" value=\"([^\"]*)\".*/\1/p" \
      "$WILDFLY_HOME/standalone/configuration/standalone-full.xml" | head -1)"
  if [[ "$value" =~ ^\$\{env\.([A-Z_]+):([0-9]+)\}$ ]]; then # ${env.NAME:default}, as WildFly resolves it
    local name="${BASH_REMATCH[1]}" fallback="${BASH_REMATCH[2]}"
    value="${!name:-$fallback}"
  fi
  [ -n "$value" ] && echo "$value" || echo "$2"
}

# kill -9 WildFly while providers submit and the reviewer forwards; start it again; check.
crash_reports() {
  local t0; t0="$(now)"
  log "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
  start_report_client "$CRASH_REPORTS" "$CRASH_THREADS" || return 1
  local deadline=$(( SECONDS + 600 ))
  while [ "$(lines_of "$CRASH_OUT/accepted.tsv")" -lt "$CRASH_KILL_AFTER" ] && [ "$SECONDS" -lt "$deadline" ] && pid_alive "$CLIENT_PID"; do
    sleep 0.1
  done
  local killed_at killed_accepted killed_forwarded killed_deliveries
  killed_accepted="$(lines_of "$CRASH_OUT/accepted.tsv")"; killed_forwarded="$(lines_of "$CRASH_OUT/forwarded.tsv")"
  killed_at="$(elapsed "$t0")"
  kill9_wildfly
  killed_deliveries="$(sql "select coalesce(string_agg(state || ' ' || c, ', '), 'none') from (select state, count(*) c from report_deliveries group by state) q")"
  local t1; t1="$(now)"
  log "killed WildFly $killed_at s into the run with $killed_accepted reports accepted and $killed_forwarded forwarded ($(sql "select count(*) from ($OURS) q") in PostgreSQL, $(sql "select count(*) from report_triage") triaged, deliveries: $killed_deliveries, XA branches left prepared: $(sql "select count(*) from pg_prepared_xacts where database = current_database()"))"
  watch_prepared "$t1" &
  local watcher=$!
  start_wildfly
  RESTART_TOOK="$(elapsed "$t1")"
  log "WildFly back after $RESTART_TOOK s (start $WILDFLY_READY_SECONDS s); XA branches still prepared: $(sql "select count(*) from pg_prepared_xacts where database = current_database()"); the client keeps going"
  CLIENT_RC=0; wait "$CLIENT_PID" || CLIENT_RC=$?
  log "client: $(tail -2 "$CRASH_OUT/client.log" | tr '\n' ' ')"
  local forwarded; forwarded="$(lines_of "$CRASH_OUT/forwarded.tsv")"
  await_drained "$(lines_of "$CRASH_OUT/accepted.tsv")" "$forwarded" "$DRAIN_SECONDS"
  kill "$watcher" 2>/dev/null || true
  HELD="$(cat "$CRASH_OUT/prepared-held" 2>/dev/null || echo "XA branches still prepared at the end")"
  log "$HELD (WildFly was back $RESTART_TOOK s after the kill; periodic recovery every $(recovery_setting periodicRecoveryPeriod 120) s, backoff $(recovery_setting recoveryBackoffPeriod 10) s)"

  echo
  echo "crash-test reports: verdict"
  check "the kill fell in the middle of the run ($killed_accepted of $CRASH_REPORTS accepted)" \
    [ "$killed_accepted" -gt 0 -a "$killed_accepted" -lt "$CRASH_REPORTS" ]
  check_reports "$CRASH_REPORTS"
  echo
  if [ "$failures" -eq 0 ]; then
    echo "crash-test reports: PASSED ($CRASH_REPORTS reports, killed at $killed_accepted accepted / $killed_forwarded forwarded, $killed_at s in; WildFly back in $RESTART_TOOK s; $HELD; drained $DRAIN_TOOK s after the client ended ($LATENCIES); receiver dropped $RECEIVER_DUPLICATES repeats; $(elapsed "$t0") s in all; load $(cut -d' ' -f1-3 /proc/loadavg))"
    return 0
  fi
  echo "crash-test reports: FAILED ($failures check(s))"
  return 1
}

# The demo receiver down for RECEIVER_DOWN_SECONDS while reports are forwarded to it; then up again.
crash_receiver_down() {
  local t0; t0="$(now)"
  log "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
  stop_demo_receiver
  local stopped=$SECONDS
  log "demo receiver stopped for $RECEIVER_DOWN_SECONDS s"
  start_report_client "$RECEIVER_DOWN_REPORTS" 2 || return 1
  CLIENT_RC=0; wait "$CLIENT_PID" || CLIENT_RC=$?
  log "client: $(tail -2 "$CRASH_OUT/client.log" | tr '\n' ' ')"
  local wait_s=$(( stopped + RECEIVER_DOWN_SECONDS - SECONDS ))
  if [ "$wait_s" -gt 0 ]; then
    log "waiting $wait_s s with the receiver down ($(sql "select coalesce(string_agg(state || ' ' || c, ', '), 'none') from (select state, count(*) c from report_deliveries group by state) q"))"
    sleep "$wait_s"
  fi
  local before; before="$(sql "select coalesce(string_agg(state || ' ' || c || ' (attempts ' || lo || '-' || hi || ')', ', '), 'none') from (select state, count(*) c, min(attempts) lo, max(attempts) hi from report_deliveries group by state) q")"
  log "starting the receiver again after $(( SECONDS - stopped )) s; deliveries: $before"
  start_demo_receiver
  # how much of the retry schedule the outage used: the shipped one (1 s doubling to 60 s, 20 attempts,
  # DeliveryBackoff.DEFAULT) makes a delivery's last attempt 843 s after its first, plus the time the
  # attempts themselves take
  MARGIN="$(sql "select 'receiver listening again ' || round(extract(epoch from now() - min(attempted_at))::numeric, 1)
      || ' s after the first failed attempt' from report_delivery_attempts where outcome = 'FAILED'
      and delivery_id in (select id from report_deliveries where report_id in ($OURS))")"
  log "$MARGIN"
  await_drained "$RECEIVER_DOWN_REPORTS" "$RECEIVER_DOWN_REPORTS" "$DRAIN_SECONDS"
  local earliest; earliest="$(sql "select 'the earliest delivery: first attempt ' || to_char(min(a.attempted_at), 'HH24:MI:SS.MS')
      || ', delivered at attempt ' || (select attempts from report_deliveries where id = (select delivery_id from report_delivery_attempts
         where delivery_id in (select id from report_deliveries where report_id in ($OURS)) order by attempted_at limit 1))
      || ' of 20' from report_delivery_attempts a where a.delivery_id in (select id from report_deliveries where report_id in ($OURS))")"
  log "$earliest"

  echo
  echo "crash-test receiver-down: verdict"
  check "the deliveries waited while the receiver was down (before its start: $before)" \
    [ "$(sql "select count(*) from report_deliveries where report_id in ($OURS) and state = 'PENDING' and attempts >= 2")" != 0 \
      -o "$(sql "select count(*) from report_delivery_attempts where outcome = 'FAILED'")" != 0 ]
  check_reports "$RECEIVER_DOWN_REPORTS"
  echo
  if [ "$failures" -eq 0 ]; then
    echo "crash-test receiver-down: PASSED ($RECEIVER_DOWN_REPORTS reports, $(( 2 * RECEIVER_DOWN_REPORTS )) deliveries, receiver down $RECEIVER_DOWN_SECONDS s; drained $DRAIN_TOOK s after its start; $MARGIN; $earliest; $ATTEMPTS; $(elapsed "$t0") s in all; load $(cut -d' ' -f1-3 /proc/loadavg))"
    return 0
  fi
  echo "crash-test receiver-down: FAILED ($failures check(s))"
  return 1
}

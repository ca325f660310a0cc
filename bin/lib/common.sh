# Shared by bin/up, bin/down, bin/test: paths, PostgreSQL set-up, starting and stopping Keycloak
# and WildFly. Sourced, not executed.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUN_DIR="$ROOT/run"                                  # pid files and console logs (git-ignored)
KEYCLOAK_TEST_READY="$RUN_DIR/keycloak-test.ready"    # bin/test's Keycloak is up with the test clients
KEYCLOAK_TEST_FAILED="$RUN_DIR/keycloak-test.failed"  # ... or did not come up
WILDFLY_HOME="$ROOT/wildfly-config/target/wildfly"
KEYCLOAK_HOME="$ROOT/wildfly-config/target/keycloak"
REALM_FILE="$ROOT/wildfly-config/keycloak/eucentre-realm.json"
# bin/up runs the demo EAR: csar.ear plus the test-support web module (clock control and other
# demonstration controls); it is deployed under the name csar.ear, so JNDI names are the same.
EAR="${CSAR_EAR:-$ROOT/ear/target/csar-demo.ear}"

KEYCLOAK_URL="http://localhost:8180"
KEYCLOAK_MGMT_URL="http://localhost:9000"
WILDFLY_URL="http://localhost:8080"
WILDFLY_MGMT_URL="http://localhost:9990"

# Heap sizes are explicit: three JVMs (Maven, WildFly, Keycloak) share small machines. Per component,
# with why and how to change: docs/operations.md "Heap sizes". WildFly's heap must grow with the
# in-memory match index when it arrives (~1-1.3 GB per 10 million PDQ hashes).
# bin/up is the demo platform: it loads the clearly marked demo data (db/demo) and lets the removal
# checks of reported public URLs ask private addresses (the demo receiver's stand-in host, docs/reports.md).
WILDFLY_JAVA_OPTS="${WILDFLY_JAVA_OPTS:--Dcsar.demo-data=true -Dcsar.removal-checks.allow-private-addresses=true -Xms256m -Xmx768m -XX:MetaspaceSize=96m -XX:MaxMetaspaceSize=384m -Djava.net.preferIPv4Stack=true -Djboss.modules.system.pkgs=org.jboss.byteman -Djava.awt.headless=true}"
KEYCLOAK_HEAP="${KEYCLOAK_HEAP:--Xms64m -Xmx512m}"

export PGHOST="${DB_HOST:-127.0.0.1}" PGPORT="${DB_PORT:-5432}"
DB_USER="${DB_USER:-csar}"
DB_PASSWORD="${DB_PASSWORD:-csar}"   # DEMO credential

log() { printf '%s [%s] %s\n' "$(date +%H:%M:%S)" "$(basename "$0")" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# Seconds since the epoch with millis, for the timings printed.
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# A daemon started here must not inherit a lock or pipe of its caller (under `flock LOCK bin/test`
# a PostgreSQL or Keycloak started here would otherwise hold the lock for as long as it runs).
# close_inherited_fds closes every descriptor but stdin, stdout and stderr of the current (sub)shell;
# without_inherited_fds runs one foreground command that way.
close_inherited_fds() {
  local fd
  for fd in /proc/"$BASHPID"/fd/*; do
    fd="${fd##*/}"
    [ "$fd" -gt 2 ] && eval "exec $fd>&-" 2>/dev/null
  done
  return 0
}
without_inherited_fds() { ( close_inherited_fds; exec "$@" ); }

# --- PostgreSQL ------------------------------------------------------------------------------

# The machine kind runs PostgreSQL on 127.0.0.1:5432 with trust auth; start the cluster if stopped.
ensure_postgres() {
  if pg_isready -q -h "$PGHOST" -p "$PGPORT"; then return 0; fi
  if [[ "$PGHOST" == 127.0.0.1 || "$PGHOST" == localhost ]] && [ -d /etc/postgresql ]; then
    local version; version="$(ls /etc/postgresql | sort -V | tail -1)"
    log "PostgreSQL is down; starting cluster $version/main"
    without_inherited_fds pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  fi
  for _ in $(seq 1 30); do pg_isready -q -h "$PGHOST" -p "$PGPORT" && return 0; sleep 1; done
  die "PostgreSQL is not answering on $PGHOST:$PGPORT"
}

# Database writes and JMS sends share one XA transaction, and PostgreSQL takes part in two-phase
# commit only with max_prepared_transactions > 0 (the Debian default is 0). Enabling it needs a
# restart, done once here for the local cluster; a remote server must be configured by its DBA.
ensure_postgres_xa() {
  local current; current="$(psql_admin -tAc 'SHOW max_prepared_transactions')"
  [ "${current:-0}" -gt 0 ] && return 0
  if [[ "$PGHOST" == 127.0.0.1 || "$PGHOST" == localhost ]] && [ -d /etc/postgresql ]; then
    local version; version="$(ls /etc/postgresql | sort -V | tail -1)"
    log "enabling two-phase commit for XA: max_prepared_transactions = 64 (restarting cluster $version/main)"
    psql_admin -c "ALTER SYSTEM SET max_prepared_transactions = 64"
    without_inherited_fds pg_ctlcluster --skip-systemctl-redirect "$version" main restart
    for _ in $(seq 1 30); do pg_isready -q -h "$PGHOST" -p "$PGPORT" && break; sleep 1; done
    [ "$(psql_admin -tAc 'SHOW max_prepared_transactions')" -gt 0 ] || die "could not enable max_prepared_transactions"
  else
    die "PostgreSQL on $PGHOST needs max_prepared_transactions > 0 for XA transactions (ask its DBA)"
  fi
}

# Superuser access: over TCP (trust auth on this machine kind), else, as root on a stock Debian
# PostgreSQL, as the postgres OS user over the local socket (peer auth).
psql_admin() {
  if [ -z "${PSQL_ADMIN_MODE:-}" ]; then
    if psql -X -w -q -U "${PGADMIN:-postgres}" -d postgres -c 'select 1' >/dev/null 2>&1; then PSQL_ADMIN_MODE=tcp
    elif [ "$(id -u)" -eq 0 ] && id postgres >/dev/null 2>&1; then PSQL_ADMIN_MODE=socket
    else die "cannot connect to PostgreSQL as superuser ${PGADMIN:-postgres} on $PGHOST:$PGPORT"; fi
  fi
  if [ "$PSQL_ADMIN_MODE" = tcp ]; then
    psql -X -w -q -v ON_ERROR_STOP=1 -U "${PGADMIN:-postgres}" -d postgres "$@"
  else
    (cd / && runuser -u postgres -- env -u PGHOST psql -X -q -v ON_ERROR_STOP=1 -p "$PGPORT" -d postgres "$@")
  fi
}

# The platform's role (DEMO password) and a database it owns; both idempotent.
ensure_role() {
  psql_admin -tc "SELECT 1 FROM pg_roles WHERE rolname = '$DB_USER'" | grep -q 1 \
    || psql_admin -c "CREATE ROLE \"$DB_USER\" LOGIN PASSWORD '$DB_PASSWORD'"
}
ensure_database() {
  local name="$1"
  psql_admin -tc "SELECT 1 FROM pg_database WHERE datname = '$name'" | grep -q 1 \
    || psql_admin -c "CREATE DATABASE \"$name\" OWNER \"$DB_USER\" ENCODING 'UTF8' TEMPLATE template0"
}

# Drops and creates a database. A transaction prepared in it (an XA branch left by a server stopped
# between PREPARE and COMMIT, e.g. bin/load's WildFly stopped after a drain) blocks DROP DATABASE even
# WITH (FORCE), so those are rolled back first, connected to the database as ROLLBACK PREPARED needs.
recreate_database() {
  local name="$1" gids gid
  gids="$(psql_admin -At -c "SELECT gid FROM pg_prepared_xacts WHERE database = '$name'")"
  if [ -n "$gids" ]; then
    log "rolling back $(wc -l <<<"$gids") prepared transaction(s) left in $name before dropping it"
    while IFS= read -r gid; do
      psql_admin -d "$name" -v gid="$gid" <<<"ROLLBACK PREPARED :'gid'"
    done <<<"$gids"
  fi
  psql_admin -c "DROP DATABASE IF EXISTS \"$name\" WITH (FORCE)"
  psql_admin -c "CREATE DATABASE \"$name\" OWNER \"$DB_USER\" ENCODING 'UTF8' TEMPLATE template0"
}

# N synthetic PDQ indicators written straight into a database by COPY, before a server starts on it
# (bin/index-startup-bench, bin/load match): the platform's schema, then the first N rows of
# SyntheticPdqList for SEED in groups of CLUSTER (benchmark/src/startup/StartupSeed.java). Runs the
# classes of the last build (mvn install); minutes of CPU for 10 million.
seed_indicators() { # database N CLUSTER SEED
  local db="$1" n="$2" cluster="$3" seed="$4" m2="${M2_REPO:-$HOME/.m2/repository}" cp jar
  cp="$ROOT/load-test/target/classes:$ROOT/ejb/target/classes:$ROOT/persistence/target/classes"
  cp="$cp:$m2/org/postgresql/postgresql/42.7.8/postgresql-42.7.8.jar"
  for jar in flyway-core flyway-database-postgresql; do cp="$cp:$m2/org/flywaydb/$jar/13.12.0/$jar-13.12.0.jar"; done
  cp="$cp:$(ls "$m2"/com/fasterxml/jackson/core/jackson-{databind,core,annotations}/*/*.jar 2>/dev/null | sort -V | tr '\n' ':')"
  [ -d "$ROOT/load-test/target/classes/eu" ] || die "no load-test/target/classes: build first (mvn install)"
  log "seeding $db: $n PDQ indicators, clusters of $cluster, seed $seed (load $(cut -d' ' -f1-3 /proc/loadavg))"
  PGPASSWORD="$DB_PASSWORD" java -Xmx1g -cp "$cp" "$ROOT/benchmark/src/startup/StartupSeed.java" \
    "jdbc:postgresql://$PGHOST:$PGPORT/$db" "$DB_USER" "$DB_PASSWORD" "$n" "$cluster" "$seed"
}

# --- processes -------------------------------------------------------------------------------

pid_alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }
pid_of() { [ -f "$RUN_DIR/$1.pid" ] && cat "$RUN_DIR/$1.pid" || true; }
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_http() { # url, seconds, what
  local url="$1" max="$2" what="$3"
  for _ in $(seq 1 "$max"); do
    curl -fsS -o /dev/null "$url" 2>/dev/null && return 0
    sleep 1
  done
  return 1
}

# Started with setsid, so the pid is also the process-group id: stopping the group also stops the
# JVM that a launcher script forked.
stop_process() { # name
  local name="$1" pid; pid="$(pid_of "$name")"
  if pid_alive "$pid"; then
    log "stopping $name (pid $pid)"
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do pid_alive "$pid" || break; sleep 1; done
    if pid_alive "$pid"; then log "$name did not stop in 30 s; killing"; kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" || true; fi
  fi
  rm -f "$RUN_DIR/$name.pid"
}

# --- Keycloak --------------------------------------------------------------------------------

# Fresh data dir every start: the realm file is the single source of truth (an existing realm
# would make Keycloak skip the import) and tests see exactly the demo users and clients.
# Both of Keycloak's ports (8180, and 9000 for health) listen on the loopback interface only: the
# demo Keycloak, with its admin/demo console, is not reachable from other machines.
start_keycloak() { # name-of-log
  local logname="${1:-keycloak}"
  [ -x "$KEYCLOAK_HOME/bin/kc.sh" ] || die "no Keycloak in $KEYCLOAK_HOME: build first (mvn install)"
  ! port_busy 8180 || die "port 8180 is in use: is another Keycloak running? (bin/down)"
  mkdir -p "$RUN_DIR"
  rm -rf "$KEYCLOAK_HOME/data"
  mkdir -p "$KEYCLOAK_HOME/data/import"
  cp "$REALM_FILE" "$KEYCLOAK_HOME/data/import/"
  local t0; t0="$(now)"
  log "starting Keycloak on :8180 (log $RUN_DIR/$logname.log)"
  # DEMO credentials for Keycloak's own admin console (master realm): admin / demo.
  ( close_inherited_fds
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=demo JAVA_OPTS_KC_HEAP="$KEYCLOAK_HEAP" \
    exec setsid "$KEYCLOAK_HOME/bin/kc.sh" start-dev --http-port=8180 --hostname=http://localhost:8180 \
      --http-host=127.0.0.1 --http-management-host=127.0.0.1 \
      --health-enabled=true --import-realm ) </dev/null >"$RUN_DIR/$logname.log" 2>&1 &
  echo $! >"$RUN_DIR/keycloak.pid"
  # KEYCLOAK_START_SECONDS: on a machine busy with other builds the first start can take minutes.
  if ! wait_http "$KEYCLOAK_MGMT_URL/health/ready" "${KEYCLOAK_START_SECONDS:-180}" Keycloak; then
    tail -30 "$RUN_DIR/$logname.log" >&2
    die "Keycloak did not become ready in ${KEYCLOAK_START_SECONDS:-180} s"
  fi
  wait_http "$KEYCLOAK_URL/realms/eucentre/.well-known/openid-configuration" 30 realm \
    || die "realm eucentre was not imported (see $RUN_DIR/$logname.log)"
  KEYCLOAK_READY_SECONDS="$(elapsed "$t0")"
  log "Keycloak ready in ${KEYCLOAK_READY_SECONDS}s"
}

# The password-grant clients of the black-box tests exist only in the Keycloak that bin/test, bin/load and
# bin/crash-test start, never in the realm file that bin/up imports: csar-tests (tokens for the platform,
# audience csar-portal) and csar-tests-no-audience (tokens for no audience of the platform, which it
# must refuse). Added through Keycloak's admin REST API with the DEMO bootstrap admin (admin / demo).
add_test_clients() {
  local token file
  token="$(curl -fsS -d grant_type=password -d client_id=admin-cli -d username=admin -d password=demo \
      "$KEYCLOAK_URL/realms/master/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')" \
    || die "no admin token from Keycloak for adding the test clients"
  for file in "$ROOT"/ear/src/test/resources/keycloak/*.json; do
    curl -fsS -o /dev/null -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
        --data-binary "@$file" "$KEYCLOAK_URL/admin/realms/eucentre/clients" \
      || die "Keycloak refused the test client $(basename "$file")"
    log "test client $(basename "$file" .json) added to the test Keycloak"
  done
}

# --- WildFly ---------------------------------------------------------------------------------

# The demo database outlives a rebuild, but the server's credential store (and so the vault's DEMO
# master key, generated by configure-89-vault.cli) is new with every build: bin/up puts back the store
# that belongs to its database (run/vault/<db>.cs, git-ignored, a DEMO key) before WildFly starts, and
# bin/down keeps the server's copy there (with any key a rotation added) when it stops the WildFly that
# bin/up started. Without this, items stored before a rebuild could no longer be opened and the node
# would stay not-ready (docs/vault.md "Key check values").
VAULT_STORE="$WILDFLY_HOME/standalone/configuration/csar-vault.cs"
VAULT_STORE_IN_USE="$RUN_DIR/vault/in-use"   # "<kept store> <pid of the WildFly using it>"
restore_demo_vault_store() { # database name
  local kept="$RUN_DIR/vault/$1.cs"
  mkdir -p "$RUN_DIR/vault"
  if [ -f "$kept" ]; then
    cp "$kept" "$VAULT_STORE"
    log "vault: the credential store of database $1 put back from $kept"
  else
    cp "$VAULT_STORE" "$kept"
  fi
}
mark_demo_vault_store_in_use() { echo "$RUN_DIR/vault/$1.cs $(pid_of wildfly)" >"$VAULT_STORE_IN_USE"; }
save_demo_vault_store() { # before stopping WildFly: only the one bin/up started with that store
  [ -f "$VAULT_STORE_IN_USE" ] || return 0
  local kept pid
  read -r kept pid <"$VAULT_STORE_IN_USE"
  if [ -n "$pid" ] && [ "$pid" = "$(pid_of wildfly)" ] && [ -f "$VAULT_STORE" ]; then
    cp "$VAULT_STORE" "$kept"
  fi
  rm -f "$VAULT_STORE_IN_USE"
}

start_wildfly() {
  [ -x "$WILDFLY_HOME/bin/standalone.sh" ] || die "no WildFly in $WILDFLY_HOME: build first (mvn install)"
  [ -f "$EAR" ] || die "no $EAR: build first (mvn install)"
  ! port_busy 8080 && ! port_busy 9990 || die "port 8080 or 9990 is in use: is another WildFly running? (bin/down)"
  mkdir -p "$RUN_DIR"
  local dep="$WILDFLY_HOME/standalone/deployments"
  rm -f "$dep"/csar.ear*
  cp "$EAR" "$dep/csar.ear"
  local t0; t0="$(now)"
  log "starting WildFly (standalone-full.xml) on :8080/:9990 (console log $RUN_DIR/wildfly.log)"
  ( close_inherited_fds; JAVA_OPTS="$WILDFLY_JAVA_OPTS" exec setsid "$WILDFLY_HOME/bin/standalone.sh" -c standalone-full.xml ) \
    </dev/null >"$RUN_DIR/wildfly.log" 2>&1 &
  echo $! >"$RUN_DIR/wildfly.pid"
  for _ in $(seq 1 300); do
    [ -f "$dep/csar.ear.deployed" ] && break
    if [ -f "$dep/csar.ear.failed" ]; then
      cat "$dep/csar.ear.failed" >&2
      die "the EAR failed to deploy (see $WILDFLY_HOME/standalone/log/server.log)"
    fi
    pid_alive "$(pid_of wildfly)" || { tail -30 "$RUN_DIR/wildfly.log" >&2; die "WildFly exited"; }
    sleep 1
  done
  [ -f "$dep/csar.ear.deployed" ] || die "the EAR was not deployed in 300 s"
  if ! wait_http "$WILDFLY_MGMT_URL/health/ready" 60 WildFly; then
    # what is not ready, and the server's last errors, so the operator need not go looking
    curl -s "$WILDFLY_MGMT_URL/health/ready" >&2 || true
    echo >&2
    grep -E '^[0-9-]+ [0-9:,]+ (SEVERE|ERROR) ' "$WILDFLY_HOME/standalone/log/server.log" 2>/dev/null | tail -5 >&2 || true
    die "WildFly is not ready (its health/ready and last errors above)"
  fi
  WILDFLY_READY_SECONDS="$(elapsed "$t0")"
  log "WildFly up and csar.ear deployed in ${WILDFLY_READY_SECONDS}s"
}

# What a crash does (bin/crash-test): SIGKILL to WildFly's process group, no shutdown hook; returns once
# the JVM is gone and its ports are free (the JVM, a child of the launcher in the same group, may
# outlive the launcher by a moment and keep them).
kill9_wildfly() {
  local pid; pid="$(pid_of wildfly)"
  log "kill -9 WildFly (process group $pid)"
  kill -KILL -- "-$pid"
  for _ in $(seq 1 300); do
    ! kill -0 -- "-$pid" 2>/dev/null && ! port_busy 8080 && ! port_busy 9990 && break
    sleep 0.1
  done
  rm -f "$RUN_DIR/wildfly.pid"
}

# SIGTERM makes WildFly shut down gracefully (its shutdown hook); no CLI :shutdown, which would
# reach whatever server owns port 9990, not necessarily ours.
stop_wildfly() {
  stop_process wildfly
}

# --- Demo LEA receiver -----------------------------------------------------------------------
# The stand-in for the REST endpoints of law-enforcement authorities and Europol (issue 11 §4): its
# own small JVM (test-support's DemoLeaReceiver, JDK only, run from its source file) on the loopback
# port 8199, which WildFly's default csar.forwarding.endpoint points at. It keeps what it received in
# $DEMO_RECEIVER_FILE (read again at start, so it drops repeats across restarts) and answers
# GET /received. bin/lib/demo-receiver start|stop lets a test stop it while WildFly runs.
DEMO_RECEIVER_PORT="${DEMO_RECEIVER_PORT:-8199}"
DEMO_RECEIVER_FILE="${DEMO_RECEIVER_FILE:-$RUN_DIR/demo-receiver.jsonl}"
DEMO_RECEIVER_SOURCE="$ROOT/test-support/src/main/java/eu/csar/testsupport/forwarding/DemoLeaReceiver.java"
start_demo_receiver() {
  ! port_busy "$DEMO_RECEIVER_PORT" || die "port $DEMO_RECEIVER_PORT is in use: is another demo receiver running? (bin/down)"
  mkdir -p "$RUN_DIR"
  log "starting the demo LEA receiver on :$DEMO_RECEIVER_PORT (log $RUN_DIR/demo-receiver.log)"
  ( close_inherited_fds
    exec setsid java -Xmx32m -XX:TieredStopAtLevel=1 "$DEMO_RECEIVER_SOURCE" "$DEMO_RECEIVER_PORT" "$DEMO_RECEIVER_FILE" ) \
    </dev/null >>"$RUN_DIR/demo-receiver.log" 2>&1 &
  echo $! >"$RUN_DIR/demo-receiver.pid"
  wait_http "http://127.0.0.1:$DEMO_RECEIVER_PORT/received" 60 "demo receiver" \
    || die "the demo LEA receiver did not start (see $RUN_DIR/demo-receiver.log)"
}
stop_demo_receiver() { stop_process demo-receiver; }

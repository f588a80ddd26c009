#!/usr/bin/env bash
# Shared steps of the benchmark scripts: build the production jar, give it a database of its own,
# start it, wait until it is ready, stop it. Source it; don't run it.
# DB_KIND=mariadb (default): a MariaDB database on DB_PORT. DB_KIND=h2: the embedded default, the
# H2 file database the app creates in its working directory (${TMPDIR:-/tmp}/<database>/data);
# only the scripts that use sql, fresh_database, add_storm_users, storm_stored and check_promised
# support it (bench/faults/kill-during-burst.sh).
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$BENCH_DIR/.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
DB_PORT="${DB_PORT:-3306}"
MARIADB=(mariadb -h 127.0.0.1 -P "$DB_PORT" -u root)
DB_KIND="${DB_KIND:-mariadb}"
APP_PID=""

# The production jar (Vaadin's pre-compiled bundle, no dev mode); built once, reused after.
bench_jar() {  # BENCH_JAR=path uses a copy, so a build during the run cannot replace the jar under the app
  local jar
  if [ -n "${BENCH_JAR:-}" ]; then echo "$BENCH_JAR"; return; fi
  jar=$(ls "$REPO_DIR"/target/outagedesk-*.jar 2>/dev/null | grep -v plain | head -1 || true)
  if [ -z "$jar" ] || [ "${BENCH_REBUILD:-no}" = yes ]; then
    (cd "$REPO_DIR" && ./mvnw -B -ntp -q -Pproduction -DskipTests package) >&2
    jar=$(ls "$REPO_DIR"/target/outagedesk-*.jar | grep -v plain | head -1)
  fi
  echo "$jar"
}

# A fresh database; the app's Flyway migrations create the schema on start.
fresh_database() {
  if [ "$DB_KIND" = h2 ]; then rm -rf "$(h2_dir "$1")"; mkdir -p "$(h2_dir "$1")"; return; fi
  "${MARIADB[@]}" -e "DROP DATABASE IF EXISTS $1; CREATE DATABASE $1 CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
}

# The working directory of an app on the embedded H2 database; the database is its ./data/outagedesk.
h2_dir() { echo "${TMPDIR:-/tmp}/$1"; }

# sql DATABASE: runs the statements on standard input; rows come out tab-separated, no header.
# On H2 it connects beside the running app (AUTO_SERVER) with the app's URL minus WRITE_DELAY, which
# is a database-wide setting a client must not change under the app.
sql() {
  if [ "$DB_KIND" = h2 ]; then "$JAVA" -cp "$(h2_jar)" "$BENCH_DIR/H2Sql.java" "$(h2_url "$1")" "${@:2}"
  else "${MARIADB[@]}" -N "$1"; fi
}
h2_url() { echo "jdbc:h2:file:$(h2_dir "$1")/data/outagedesk;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE"; }
h2_jar() {  # the H2 driver the app's jar carries, unpacked once beside it
  local jar lib; jar=$(bench_jar); lib=$(unzip -Z1 "$jar" | grep -m1 'BOOT-INF/lib/h2-')
  local out="${TMPDIR:-/tmp}/outagedesk-bench-$(basename "$lib")"
  [ -f "$out" ] || unzip -p "$jar" "$lib" > "$out"
  echo "$out"
}

# start_app PORT DATABASE [extra args...]: the production jar on MariaDB (DB_KIND=h2: on the embedded
# default, as someone trying the app runs it) with the demo accounts
# and the in-process demo mail server (so nothing outside this machine is needed); the monitoring
# webhooks accept the token bench-alert-token (bench/open-incident.sh uses it).
start_app() {
  local port=$1 db=$2; shift 2
  local jar; jar=$(realpath "$(bench_jar)")
  if [ "${BENCH_LAYOUT:-jar}" = extracted ]; then
    # The layout docs/operations.md recommends: the jar's libraries unpacked beside a thin jar.
    local dir="${TMPDIR:-/tmp}/outagedesk-bench-extracted-$port"
    rm -rf "$dir"
    "$JAVA" -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null
    jar="$dir/$(basename "$jar")"
  fi
  local launch=(-jar "$jar")
  if [ "${BENCH_LAYOUT:-jar}" = exploded ]; then
    # The extracted layout with the application's own jar unpacked too: its classes and the
    # Vaadin bundle are read from a directory (see memory-per-ui.sh for why).
    local dir="${TMPDIR:-/tmp}/outagedesk-bench-exploded-$port"
    rm -rf "$dir"
    "$JAVA" -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null
    (mkdir "$dir/app" && cd "$dir/app" && unzip -q "../$(basename "$jar")")
    launch=(-cp "$dir/app:$dir/lib/*" "$(unzip -p "$jar" META-INF/MANIFEST.MF | awk -F': ' '/^Start-Class/ {print $2}' | tr -d '\r')")
  fi
  local database=(--spring.datasource.url="jdbc:mariadb://127.0.0.1:$DB_PORT/$db"
    --spring.datasource.username=root --spring.datasource.password=)
  local workdir=.
  if [ "$DB_KIND" = h2 ]; then database=(); workdir=$(h2_dir "$db"); fi
  (cd "$workdir" && exec "$JAVA" ${BENCH_JVM_OPTS:--Xmx2g} "${launch[@]}" \
    --server.port="$port" \
    "${database[@]}" \
    --outagedesk.demo.mail-server.smtp-port=0 --outagedesk.demo.mail-server.imap-port=0 \
    --outagedesk.alerts.token=bench-alert-token \
    "$@") > "${BENCH_LOG:-/tmp/outagedesk-bench-$port.log}" 2>&1 &
  APP_PID=$!
  for _ in $(seq $((${START_TIMEOUT:-60} * 10))); do
    if curl -fsS -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null; then return 0; fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then echo "The app stopped; see ${BENCH_LOG:-/tmp/outagedesk-bench-$port.log}" >&2; return 1; fi
    sleep 0.1
  done
  echo "The app did not become ready within ${START_TIMEOUT:-60} s (START_TIMEOUT)" >&2
  return 1
}

stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
  fi
}

# A bearer token for an existing account, stored as the app stores them (SHA-256 hex of the secret).
add_api_token() {
  local db=$1 email=$2 secret=$3
  "${MARIADB[@]}" "$db" -e "INSERT INTO api_token (account_id, name, token_prefix, token_hash, created_at)
    SELECT id, 'bench', LEFT('$secret', 10), SHA2('$secret', 256), NOW(6) FROM user_account WHERE email = '$email'"
}

machine_line() {
  local database
  if [ "$DB_KIND" = h2 ]; then database="embedded $(basename "$(h2_jar)" .jar) (file)"
  else database="MariaDB $("${MARIADB[@]}" -N -e 'SELECT VERSION()')"; fi
  echo "$(date -u +%Y-%m-%d), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $("$JAVA" -version 2>&1 | head -1), $database"
}

# add_storm_users DATABASE COUNT: verified end users storm<n>@demo.local, each with the API token
# "bench-storm<n>-secret", inserted straight into the database (the app is only the system under test).
add_storm_users() {
  local numbers="SELECT seq AS n FROM seq_1_to_$2" sha256="SHA2(%s, 256)"
  if [ "$DB_KIND" = h2 ]; then numbers="SELECT \"X\" AS n FROM SYSTEM_RANGE(1, $2)"; sha256="LOWER(RAWTOHEX(HASH('SHA-256', %s)))"; fi
  # shellcheck disable=SC2059
  sql "$1" <<SQL
INSERT INTO user_account (email, display_name, email_verified, enabled, department, site, language,
    notify_by_email, notify_in_portal, all_public_updates, created_at, updated_at, version)
  SELECT CONCAT('storm', n, '@demo.local'), CONCAT('Storm user ', n), TRUE, TRUE,
         CONCAT('Dept ', MOD(n, 12)), CONCAT('Site ', MOD(n, 5)), CASE WHEN MOD(n, 2) = 0 THEN 'es' ELSE 'en' END,
         FALSE, TRUE, FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0
  FROM ($numbers) numbers;
INSERT INTO account_role (account_id, role)
  SELECT id, 'END_USER' FROM user_account WHERE email LIKE 'storm%@demo.local';
INSERT INTO api_token (account_id, name, token_prefix, token_hash, created_at)
  SELECT id, 'bench', 'bench-stor', $(printf "$sha256" "CONCAT('bench-', SUBSTRING(email, 1, LOCATE('@', email) - 1), '-secret')"), CURRENT_TIMESTAMP
  FROM user_account WHERE email LIKE 'storm%@demo.local';
SQL
}

# Storm reports in the database (those with an Idempotency-Key storm-<n>).
STORM_COUNT="SELECT COUNT(*) FROM problem_report WHERE idempotency_key LIKE 'storm-%'"
storm_stored() {
  echo "$STORM_COUNT" | sql "$1"
}

# wait_until_stored DATABASE COUNT: returns once COUNT storm reports are in the database.
wait_until_stored() {
  if [ "$DB_KIND" = h2 ]; then echo "$STORM_COUNT" | sql "$1" --wait-until "$2"; return; fi
  until [ "$(storm_stored "$1")" -ge "$2" ]; do sleep 0.05; done
}

# check_promised DATABASE KEYS_FILE: sets MISSING (keys answered 201 but not stored) and TWICE
# (stored more than once) for the Idempotency-Keys in KEYS_FILE, one per line.
check_promised() {
  local keys; keys=$(sed "s/.*/'&'/" "$2" | paste -sd, -)
  if [ -z "$keys" ]; then MISSING=0; TWICE=0; return; fi
  # The statement goes through standard input: thousands of keys are too long for an argument.
  read -r MISSING TWICE < <(echo "SELECT $(wc -l < "$2") - COUNT(DISTINCT idempotency_key),
      COUNT(*) - COUNT(DISTINCT idempotency_key) FROM problem_report WHERE idempotency_key IN ($keys)" \
      | sql "$1")
}

# retry_all APP DATABASE REPORTS USERS CLIENTS WORKDIR: the clients send every report again with
# its Idempotency-Key, as the API asks them to after a failure; sets ROWS and KEYS (distinct) after.
retry_all() {
  "$JAVA" "$BENCH_DIR/ReportStorm.java" "$1" "$3" "$4" "$5" "$6/retry.txt" > "$6/retry-run.txt"
  grep -E '^statuses' "$6/retry-run.txt"
  read -r ROWS KEYS < <(echo "SELECT COUNT(*), COUNT(DISTINCT idempotency_key) FROM problem_report WHERE idempotency_key LIKE 'storm-%'" | sql "$2")
  echo "== after the clients retried all $3: $ROWS rows, $KEYS distinct reports"
}

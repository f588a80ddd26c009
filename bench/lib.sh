#!/usr/bin/env bash
# Shared steps of the benchmark scripts: build the production jar, give it a MariaDB database of
# its own, start it, wait until it is ready, stop it. Source it; don't run it.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$BENCH_DIR/.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
DB_PORT="${DB_PORT:-3306}"
MARIADB=(mariadb -h 127.0.0.1 -P "$DB_PORT" -u root)
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
  "${MARIADB[@]}" -e "DROP DATABASE IF EXISTS $1; CREATE DATABASE $1 CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
}

# start_app PORT DATABASE [extra args...]: the production jar on MariaDB with the demo accounts
# and the in-process demo mail server (so nothing outside this machine is needed); the monitoring
# webhooks accept the token bench-alert-token (bench/open-incident.sh uses it).
start_app() {
  local port=$1 db=$2; shift 2
  local jar; jar=$(bench_jar)
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
  "$JAVA" ${BENCH_JVM_OPTS:--Xmx2g} "${launch[@]}" \
    --server.port="$port" \
    --spring.datasource.url="jdbc:mariadb://127.0.0.1:$DB_PORT/$db" \
    --spring.datasource.username=root --spring.datasource.password= \
    --outagedesk.demo.mail-server.smtp-port=0 --outagedesk.demo.mail-server.imap-port=0 \
    --outagedesk.alerts.token=bench-alert-token \
    "$@" > "${BENCH_LOG:-/tmp/outagedesk-bench-$port.log}" 2>&1 &
  APP_PID=$!
  for _ in $(seq 600); do
    if curl -fsS -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null; then return 0; fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then echo "The app stopped; see ${BENCH_LOG:-/tmp/outagedesk-bench-$port.log}" >&2; return 1; fi
    sleep 0.1
  done
  echo "The app did not become ready within 60 s" >&2
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
  echo "$(date -u +%Y-%m-%d), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $("$JAVA" -version 2>&1 | head -1), MariaDB $("${MARIADB[@]}" -N -e 'SELECT VERSION()')"
}

# add_storm_users DATABASE COUNT: verified end users storm<n>@demo.local, each with the API token
# "bench-storm<n>-secret", inserted straight into the database (the app is only the system under test).
add_storm_users() {
  "${MARIADB[@]}" "$1" <<SQL
INSERT INTO user_account (email, display_name, email_verified, enabled, department, site, language,
    notify_by_email, notify_in_portal, all_public_updates, created_at, updated_at, version)
  SELECT CONCAT('storm', seq, '@demo.local'), CONCAT('Storm user ', seq), TRUE, TRUE,
         CONCAT('Dept ', seq MOD 12), CONCAT('Site ', seq MOD 5), IF(seq MOD 2 = 0, 'es', 'en'),
         FALSE, TRUE, FALSE, NOW(6), NOW(6), 0
  FROM seq_1_to_$2;
INSERT INTO account_role (account_id, role)
  SELECT id, 'END_USER' FROM user_account WHERE email LIKE 'storm%@demo.local';
INSERT INTO api_token (account_id, name, token_prefix, token_hash, created_at)
  SELECT id, 'bench', 'bench-stor', SHA2(CONCAT('bench-', SUBSTRING_INDEX(email, '@', 1), '-secret'), 256), NOW(6)
  FROM user_account WHERE email LIKE 'storm%@demo.local';
SQL
}

# Storm reports in the database (those with an Idempotency-Key storm-<n>).
storm_stored() {
  "${MARIADB[@]}" -N "$1" -e "SELECT COUNT(*) FROM problem_report WHERE idempotency_key LIKE 'storm-%'"
}

# check_promised DATABASE KEYS_FILE: sets MISSING (keys answered 201 but not stored) and TWICE
# (stored more than once) for the Idempotency-Keys in KEYS_FILE, one per line.
check_promised() {
  local keys; keys=$(sed "s/.*/'&'/" "$2" | paste -sd, -)
  if [ -z "$keys" ]; then MISSING=0; TWICE=0; return; fi
  # The statement goes through standard input: thousands of keys are too long for an argument.
  read -r MISSING TWICE < <(echo "SELECT $(wc -l < "$2") - COUNT(DISTINCT idempotency_key),
      COUNT(*) - COUNT(DISTINCT idempotency_key) FROM problem_report WHERE idempotency_key IN ($keys)" \
      | "${MARIADB[@]}" -N "$1")
}

# retry_all APP DATABASE REPORTS USERS CLIENTS WORKDIR: the clients send every report again with
# its Idempotency-Key, as the API asks them to after a failure; sets ROWS and KEYS (distinct) after.
retry_all() {
  "$JAVA" "$BENCH_DIR/ReportStorm.java" "$1" "$3" "$4" "$5" "$6/retry.txt" > "$6/retry-run.txt"
  grep -E '^statuses' "$6/retry-run.txt"
  read -r ROWS KEYS < <("${MARIADB[@]}" -N "$2" -e "SELECT COUNT(*), COUNT(DISTINCT idempotency_key) FROM problem_report WHERE idempotency_key LIKE 'storm-%'")
  echo "== after the clients retried all $3: $ROWS rows, $KEYS distinct reports"
}

#!/usr/bin/env bash
# Fault (issue 9, hardening round two): kill -9 the app during a burst of 1,000 reports through the
# API, start it again on the same database, and check that every report the API answered 201 is
# stored, none twice. Then the clients retry what failed with the same Idempotency-Key, as the API
# asks them to, and each of the 1,000 reports must be stored exactly once. Runs on the embedded
# default (H2 file database, as someone trying the app runs it) and on MariaDB, one after the other.
#
#   bench/faults/kill-during-burst.sh          REPORTS=1000 USERS=200 CLIENTS=50 PORT=8311 DATABASES="h2 mariadb" DB_NAME=outagedesk_fault_kill
#   H2_URL=jdbc:h2:file:./data/outagedesk;...  runs the H2 case on another URL (e.g. the old default)
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

REPORTS="${REPORTS:-1000}"; USERS="${USERS:-200}"; CLIENTS="${CLIENTS:-50}"; PORT="${PORT:-8311}"
DATABASES="${DATABASES:-h2 mariadb}"
DB="${DB_NAME:-outagedesk_fault_kill}"
WORK="$(mktemp -d)"
trap 'stop_app; rm -rf "$WORK"' EXIT
FAILED=""

# start_on_database: the app on this run's database (H2_URL replaces the embedded default's URL).
start_on_database() {
  if [ "$DB_KIND" = h2 ] && [ -n "${H2_URL:-}" ]; then start_app "$PORT" "$DB" --spring.datasource.url="$H2_URL"
  else start_app "$PORT" "$DB"; fi
}

kill_during_burst() {
  rm -f "$WORK"/*.txt
  fresh_database "$DB"
  start_on_database
  add_storm_users "$DB" "$USERS"
  APP="http://127.0.0.1:$PORT"
  echo "== $DB_KIND: $(machine_line)"

  "$JAVA" "$BENCH_DIR/ReportStorm.java" "$APP" "$REPORTS" "$USERS" "$CLIENTS" "$WORK/created.txt" > "$WORK/burst.txt" &
  local storm=$!
  wait_until_stored "$DB" $((REPORTS / 3))
  kill -9 "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
  wait "$storm"
  grep -E '^statuses|^created' "$WORK/burst.txt"

  start_on_database
  echo "== killed the app (kill -9) and restarted it; database holds $(storm_stored "$DB") storm reports"
  check_promised "$DB" "$WORK/created.txt"
  echo "== of $(wc -l < "$WORK/created.txt") reports answered 201 before the kill: missing $MISSING, stored twice $TWICE"

  retry_all "$APP" "$DB" "$REPORTS" "$USERS" "$CLIENTS" "$WORK"
  stop_app
  if [ "$MISSING" = 0 ] && [ "$TWICE" = 0 ] && [ "$ROWS" = "$REPORTS" ] && [ "$KEYS" = "$REPORTS" ]; then
    echo "== $DB_KIND PASS: nothing promised was lost, nothing stored twice"
  else
    echo "== $DB_KIND FAIL" >&2; FAILED="$FAILED $DB_KIND"
  fi
}

for DB_KIND in $DATABASES; do kill_during_burst; done
[ -z "$FAILED" ] || { echo "== FAIL on:$FAILED" >&2; exit 1; }

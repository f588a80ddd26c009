#!/usr/bin/env bash
# Fault (issue 9): kill -9 the app during a burst of 1,000 reports through the API, start it
# again on the same database, and check that every report the API answered 201 is stored, none
# twice. Then the clients retry what failed with the same Idempotency-Key, as the API asks them
# to, and each of the 1,000 reports must be stored exactly once.
#
#   bench/faults/kill-during-burst.sh          REPORTS=1000 USERS=200 CLIENTS=50 PORT=8311
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

REPORTS="${REPORTS:-1000}"; USERS="${USERS:-200}"; CLIENTS="${CLIENTS:-50}"; PORT="${PORT:-8311}"
DB=outagedesk_fault_kill
WORK="$(mktemp -d)"
trap 'stop_app; rm -rf "$WORK"' EXIT
stored() { storm_stored "$DB"; }

fresh_database "$DB"
start_app "$PORT" "$DB"
add_storm_users "$DB" "$USERS"
APP="http://127.0.0.1:$PORT"
echo "== $(machine_line)"

"$JAVA" "$BENCH_DIR/ReportStorm.java" "$APP" "$REPORTS" "$USERS" "$CLIENTS" "$WORK/created.txt" > "$WORK/burst.txt" &
STORM=$!
until [ "$(stored)" -ge $((REPORTS / 3)) ]; do sleep 0.05; done
kill -9 "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
echo "== killed the app (kill -9) with $(stored) reports stored"
wait "$STORM"
grep -E '^statuses|^created' "$WORK/burst.txt"

start_app "$PORT" "$DB"
echo "== restarted; database holds $(stored) storm reports"
check_promised "$DB" "$WORK/created.txt"
echo "== of $(wc -l < "$WORK/created.txt") reports answered 201 before the kill: missing $MISSING, stored twice $TWICE"

retry_all "$APP" "$DB" "$REPORTS" "$USERS" "$CLIENTS" "$WORK"
if [ "$MISSING" = 0 ] && [ "$TWICE" = 0 ] && [ "$ROWS" = "$REPORTS" ] && [ "$KEYS" = "$REPORTS" ]; then
  echo "== PASS: nothing promised was lost, nothing stored twice"
else
  echo "== FAIL" >&2; exit 1
fi

#!/usr/bin/env bash
# Report storm (issue 8, benchmark 2): 2,000 reports from 500 end users through the REST API at
# 50 concurrent clients, against the production jar on MariaDB. Then checks in the database that
# every report answered 201 is stored exactly once.
#
#   bench/report-storm.sh                 REPORTS=2000 USERS=500 CLIENTS=50 PORT=8301
set -euo pipefail
source "$(dirname "$0")/lib.sh"

REPORTS="${REPORTS:-2000}"; USERS="${USERS:-500}"; CLIENTS="${CLIENTS:-50}"; PORT="${PORT:-8301}"
DB=outagedesk_bench_storm
trap stop_app EXIT

fresh_database "$DB"
start_app "$PORT" "$DB"

add_storm_users "$DB" "$USERS"

echo "== $(machine_line)"
echo "== $REPORTS reports from $USERS users, $CLIENTS concurrent clients, http://127.0.0.1:$PORT/api/v1/reports"
"$JAVA" "$BENCH_DIR/ReportStorm.java" "http://127.0.0.1:$PORT" "$REPORTS" "$USERS" "$CLIENTS" | tee /tmp/report-storm.txt

STORED=$("${MARIADB[@]}" -N "$DB" -e "SELECT COUNT(*) FROM problem_report WHERE idempotency_key LIKE 'storm-%'")
DISTINCT=$("${MARIADB[@]}" -N "$DB" -e "SELECT COUNT(DISTINCT idempotency_key) FROM problem_report WHERE idempotency_key LIKE 'storm-%'")
CREATED=$(awk '/^created/ {print $2}' /tmp/report-storm.txt)
echo "== database: $STORED rows, $DISTINCT distinct keys; the API answered 201 to $CREATED"
if [ "$STORED" = "$CREATED" ] && [ "$DISTINCT" = "$STORED" ]; then
  echo "== every report answered 201 is stored exactly once"
else
  echo "== MISMATCH: stored $STORED, distinct $DISTINCT, created $CREATED" >&2; exit 1
fi

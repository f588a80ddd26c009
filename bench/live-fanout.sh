#!/usr/bin/env bash
# Live fan-out (issue 8, benchmark 3): one checklist change reaching 50 open incident pages in
# 5 real Chromium browsers, on the production jar with MariaDB. See live-fanout.mjs.
#
#   bench/live-fanout.sh          PAGES=50 BROWSERS=5 ROUNDS=10 PORT=8304
set -euo pipefail
source "$(dirname "$0")/lib.sh"

PORT="${PORT:-8304}"; DB=outagedesk_bench_fanout
trap stop_app EXIT
(cd "$BENCH_DIR" && [ -d node_modules/playwright-core ] || npm install --silent --no-audit --no-fund) >/dev/null
fresh_database "$DB"
start_app "$PORT" "$DB"
APP="http://127.0.0.1:$PORT"
INCIDENT_ID=$(bash "$BENCH_DIR/open-incident.sh" "$APP" "$DB")
echo "== $(machine_line)"
node "$BENCH_DIR/live-fanout.mjs" "$APP" "$INCIDENT_ID" "${PAGES:-50}" "${BROWSERS:-5}" "${ROUNDS:-10}"

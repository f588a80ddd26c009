#!/usr/bin/env bash
# The cost of a durable embedded default: report throughput on the embedded H2 database with
# WRITE_DELAY=0 (every commit written before it is answered, the default since round two of the
# hardening) and with H2's own 500 ms delayed write, in one run of one app, interleaved round by
# round, the order alternating (SET WRITE_DELAY is database-wide and switched between rounds).
#
#   bench/h2-write-delay.sh          REPORTS=1000 USERS=200 CLIENTS=20 ROUNDS=3 PORT=8313
set -euo pipefail
source "$(dirname "$0")/lib.sh"
DB_KIND=h2

REPORTS="${REPORTS:-1000}"; USERS="${USERS:-200}"; CLIENTS="${CLIENTS:-20}"; ROUNDS="${ROUNDS:-3}"; PORT="${PORT:-8313}"
DB="${DB_NAME:-outagedesk_bench_write_delay}"
WORK="$(mktemp -d)"
trap 'stop_app; rm -rf "$WORK"' EXIT

fresh_database "$DB"
# Each user sends several reports a round: the per-person limit on reports is lifted.
start_app "$PORT" "$DB" --outagedesk.reports.per-person-burst=1000000
add_storm_users "$DB" "$USERS"
echo "== $(machine_line)"
echo "== $ROUNDS rounds of $REPORTS reports from $USERS users, $CLIENTS concurrent clients, per setting"
echo "| round | WRITE_DELAY | throughput | median | p95 | p99 |"
echo "|---:|---:|---:|---:|---:|---:|"
for round in $(seq 1 "$ROUNDS"); do
  order="500 0"; [ $((round % 2)) = 0 ] && order="0 500"  # alternate which setting goes first
  for delay in $order; do
    echo "SET WRITE_DELAY $delay" | sql "$DB"
    "$JAVA" "$BENCH_DIR/ReportStorm.java" "http://127.0.0.1:$PORT" "$REPORTS" "$USERS" "$CLIENTS" "$WORK/created.txt" \
      $((round * 100000 + delay * 10)) > "$WORK/round.txt"
    awk -v r="$round" -v d="$delay" '/^throughput/ {t=$2} /^latency/ {gsub(",", ""); m=$3; p95=$6; p99=$9}
      END {printf "| %s | %s ms | %s reports/s | %s ms | %s ms | %s ms |\n", r, d, t, m, p95, p99}' "$WORK/round.txt"
    grep -q '^statuses {201=' "$WORK/round.txt" || grep '^statuses' "$WORK/round.txt"
  done
done

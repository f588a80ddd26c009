#!/usr/bin/env bash
# Report storm (issue 8, benchmark 2): 2,000 reports from 500 end users through the REST API at
# 50 concurrent clients, against the production jar on MariaDB. Then checks in the database that
# every report answered 201 is stored exactly once.
#
#   bench/report-storm.sh                 REPORTS=2000 USERS=500 CLIENTS=50 ROUNDS=5 PORT=8301
#   APP_ARGS=--outagedesk.api.concurrent-requests=8 bench/report-storm.sh    (extra app settings)
#
# ROUNDS storms in a row against the same running app: the first one meets a cold JIT, the last
# ones show the steady state of a node that has been up for a while. The clients are wrk's
# (bench/report-storm.lua; Debian: apt-get install -y wrk), THREADS wrk threads in all.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

REPORTS="${REPORTS:-2000}"; USERS="${USERS:-500}"; CLIENTS="${CLIENTS:-50}"; PORT="${PORT:-8301}"; ROUNDS="${ROUNDS:-5}"
THREADS="${THREADS:-2}"
DB=outagedesk_bench_storm
trap stop_app EXIT
command -v wrk >/dev/null || { echo "Install wrk first: apt-get install -y wrk" >&2; exit 2; }

fresh_database "$DB"
# Every round sends each user several reports at once: the per-person limit on reports is lifted.
start_app "$PORT" "$DB" --outagedesk.reports.per-person-burst=1000000 ${APP_ARGS:-}

add_storm_users "$DB" "$USERS"

echo "== $(machine_line)"
echo "== $ROUNDS rounds of $REPORTS reports from $USERS users, $CLIENTS concurrent clients, http://127.0.0.1:$PORT/api/v1/reports"
echo "| round | stored (201) | throughput | median | p95 | p99 | max |"
echo "|---:|---:|---:|---:|---:|---:|---:|"
WORK="$(mktemp -d)"
CREATED=0
# The JIT and the connection pool warm up on reads, so no extra reports are stored.
wrk -t1 -c4 -d3s -H 'Authorization: Bearer bench-storm1-secret' "http://127.0.0.1:$PORT/api/v1/reports/mine" > /dev/null
for round in $(seq 1 "$ROUNDS"); do
  # Each round sends new reports (keys storm-<round>00000...); the first rounds also warm up the JIT.
  STORM_REPORTS="$REPORTS" STORM_USERS="$USERS" STORM_THREADS="$THREADS" STORM_FIRST=$((round * 100000)) \
    STORM_CREATED="$WORK/created-$round.txt" \
    wrk -t"$THREADS" -c"$CLIENTS" -d600s -s "$BENCH_DIR/report-storm.lua" "http://127.0.0.1:$PORT" > "$WORK/round.txt"
  n=$(awk '/^created/ {print $2}' "$WORK/round.txt"); CREATED=$((CREATED + n))
  awk -v r="$round" -v n="$n" '/^throughput/ {t=$2} /^latency/ {gsub(",", ""); m=$3; p95=$6; p99=$9; mx=$12}
      END {printf "| %s | %s | %s reports/s | %s ms | %s ms | %s ms | %s ms |\n", r, n, t, m, p95, p99, mx}' "$WORK/round.txt"
done
cat "$WORK"/created-*.txt > "$WORK/created.txt"
check_promised "$DB" "$WORK/created.txt"
STORED=$(storm_stored "$DB")
echo "== database: $STORED storm reports; the API answered 201 to $CREATED; missing $MISSING, stored twice $TWICE"
rm -rf "$WORK"
if [ "$STORED" = "$CREATED" ] && [ "$MISSING" = 0 ] && [ "$TWICE" = 0 ]; then
  echo "== every report answered 201 is stored exactly once"
else
  echo "== MISMATCH" >&2; exit 1
fi

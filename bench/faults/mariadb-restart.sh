#!/usr/bin/env bash
# Fault (issue 9): MariaDB restarts while people keep reporting through the API. The app runs on a
# MariaDB server of its own (port 3307, a throw-away data directory) so nothing else on the
# machine is disturbed. While the database is away, the API must answer 503 with a plain message
# and Retry-After, and the public status page must keep answering from its snapshot; once the
# database is back the app must recover by itself (no restart); every report answered 201 is
# stored exactly once, and after the clients retry what was refused, all of them are. A monitor's
# alert webhook gets the same 503 while the database is away and is taken once it is back.
#
#   bench/faults/mariadb-restart.sh          REPORTS=3000 USERS=200 CLIENTS=4 DOWN=15 PORT=8312
set -euo pipefail
export DB_PORT="${DB_PORT:-3307}"
source "$(dirname "$0")/../lib.sh"

REPORTS="${REPORTS:-3000}"; USERS="${USERS:-200}"; CLIENTS="${CLIENTS:-4}"; DOWN="${DOWN:-15}"; PORT="${PORT:-8312}"
DB=outagedesk_fault_restart
WORK="$(mktemp -d)"
DB_PID=""
start_db() {
  /usr/sbin/mariadbd --no-defaults --user=root --datadir="$WORK/data" --socket="$WORK/mysqld.sock" \
    --pid-file="$WORK/mysqld.pid" --bind-address=127.0.0.1 --port="$DB_PORT" --skip-grant-tables \
    --innodb-buffer-pool-size=256M --log-error="$WORK/mysqld.err" &
  DB_PID=$!
  for _ in $(seq 300); do "${MARIADB[@]}" -e 'SELECT 1' >/dev/null 2>&1 && return 0; sleep 0.1; done
  echo "MariaDB on port $DB_PORT did not start; see $WORK/mysqld.err" >&2; return 1
}
stop_db() { if [ -n "$DB_PID" ] && kill -0 "$DB_PID" 2>/dev/null; then kill "$DB_PID"; wait "$DB_PID" 2>/dev/null || true; fi; }
trap 'stop_app; stop_db; rm -rf "$WORK"' EXIT
stored() { storm_stored "$DB"; }
millis() { date +%s%3N; }

mariadb-install-db --no-defaults --user=root --datadir="$WORK/data" --auth-root-authentication-method=normal > "$WORK/install.log" 2>&1
start_db
fresh_database "$DB"
# The database waits of the production profile (application-prod.properties), on the demo setup;
# each user sends 15 reports in about a minute, so the per-person limit on reports is lifted.
start_app "$PORT" "$DB" --outagedesk.reports.per-person-burst=1000000 \
  --spring.datasource.hikari.connection-timeout=5000 \
  --spring.datasource.hikari.validation-timeout=2000 \
  --spring.datasource.hikari.data-source-properties.connectTimeout=5000 \
  --spring.datasource.hikari.data-source-properties.socketTimeout=60000
add_storm_users "$DB" "$USERS"
APP="http://127.0.0.1:$PORT"
echo "== $(machine_line) (a private server on port $DB_PORT)"

"$JAVA" "$BENCH_DIR/ReportStorm.java" "$APP" "$REPORTS" "$USERS" "$CLIENTS" "$WORK/created.txt" > "$WORK/storm.txt" &
STORM=$!
until [ "$(stored)" -ge $((REPORTS / 5)) ]; do sleep 0.05; done
BEFORE=$(stored)
stop_db
DOWN_AT=$(millis)
echo "== stopped MariaDB with $BEFORE reports stored"
sleep 2
API=$(curl -sS -o "$WORK/api.txt" -D "$WORK/api.headers" -w '%{http_code} in %{time_total} s' -X POST "$APP/api/v1/reports" \
  -H 'Authorization: Bearer bench-storm1-secret' -H 'Content-Type: application/json' -H 'Accept-Language: es' \
  -H 'Idempotency-Key: probe-during-outage' -d '{"symptom":"CANNOT_SEND","service":"WEBMAIL","description":"during"}')
echo "== a report while MariaDB is down: HTTP $API, Retry-After $(grep -i '^retry-after' "$WORK/api.headers" | tr -d '\r' | cut -d' ' -f2), body: $(cat "$WORK/api.txt")"
STATUS=$(curl -sS -o /dev/null -w '%{http_code} in %{time_total} s' "$APP/status")
echo "== the public status page while MariaDB is down: HTTP $STATUS"
LOGIN=$(curl -sS -o "$WORK/login.html" -w '%{http_code}' "$APP/login")
echo "== the sign-in page while MariaDB is down: HTTP $LOGIN"
post_alert() {  # a monitor's alert (the configured alert token of lib.sh's start_app)
  curl -sS -o "$WORK/alert.txt" -D "$WORK/alert.headers" -w '%{http_code}' -X POST "$APP/api/v1/alerts/generic" \
    -H 'Authorization: Bearer bench-alert-token' -H 'Content-Type: application/json' \
    -d '{"source":"fault","key":"imap-check","status":"firing","title":"IMAP is not answering","severity":"major","services":["imap"]}'
}
ALERT=$(post_alert)
echo "== an alert webhook while MariaDB is down: HTTP $ALERT, Retry-After $(grep -i '^retry-after' "$WORK/alert.headers" | tr -d '\r' | cut -d' ' -f2), body: $(cat "$WORK/alert.txt")"
sleep "$(( DOWN > 2 ? DOWN - 2 : 0 ))"
start_db
UP_AT=$(millis)
echo "== MariaDB back after $(( (UP_AT - DOWN_AT) / 1000 )) s"
AT_RESTART=$(stored)
until [ "$(stored)" -gt "$AT_RESTART" ] || ! kill -0 "$STORM" 2>/dev/null; do sleep 0.05; done
echo "== first report stored again $(( $(millis) - UP_AT )) ms after MariaDB answered (no app restart)"
wait "$STORM"
grep -E '^statuses|^created|^duration' "$WORK/storm.txt"
ALERT_AFTER=$(post_alert)
echo "== the same alert once MariaDB is back: HTTP $ALERT_AFTER, body: $(cat "$WORK/alert.txt")"

check_promised "$DB" "$WORK/created.txt"
DURING=$("${MARIADB[@]}" -N "$DB" -e "SELECT COUNT(*) FROM problem_report WHERE idempotency_key = 'probe-during-outage'")
echo "== of $(wc -l < "$WORK/created.txt") reports answered 201: missing $MISSING, stored twice $TWICE; the refused probe report stored $DURING times"

retry_all "$APP" "$DB" "$REPORTS" "$USERS" "$CLIENTS" "$WORK"
case "$API" in 503*) REFUSED_CLEARLY=yes ;; *) REFUSED_CLEARLY=no ;; esac
# Every answer during the burst is a 201 or a clear 503; anything else (a redirect, a 500) fails.
if grep '^statuses' "$WORK/storm.txt" | grep -qvE '^statuses \{((201|503)=[0-9]+(, )?)+\}$'; then
  echo "== answers other than 201 and 503 during the burst: $(grep '^statuses' "$WORK/storm.txt")"; REFUSED_CLEARLY=no
fi
if [ "$MISSING" = 0 ] && [ "$TWICE" = 0 ] && [ "$DURING" = 0 ] && [ "$ROWS" = "$REPORTS" ] && [ "$KEYS" = "$REPORTS" ] \
   && [ "$REFUSED_CLEARLY" = yes ] && [ "${STATUS%% *}" = 200 ] && [ "$ALERT" = 503 ] && [ "$ALERT_AFTER" = 200 ]; then
  echo "== PASS: clear 503 while away (reports and alerts), status page served, recovered without restart, nothing lost or stored twice"
else
  echo "== FAIL" >&2; exit 1
fi

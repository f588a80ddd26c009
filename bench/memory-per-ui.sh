#!/usr/bin/env bash
# Memory per UI (issue 8, benchmark 4): live heap after a full GC, before and after opening
# SESSIONS real Chromium sessions of the incident page (as it@demo.local) and then SESSIONS of
# "My reports" (as user@demo.local), on the production jar with MariaDB. The difference divided by
# the number of sessions is what one more open page costs: its HTTP session, Spring Security
# context and Vaadin UI with every component on it.
#
# CONNECTED=1 keeps the browsers connected while the heap is read (push open, heartbeats sent), as
# for people who have the page open; the default kills them first, as for tabs left behind.
#
#   bench/memory-per-ui.sh          SESSIONS=200 PORT=8303 CONNECTED=0 BENCH_JVM_OPTS=-Xmx2g (add -D... for an A/B run)
set -euo pipefail
source "$(dirname "$0")/lib.sh"

SESSIONS="${SESSIONS:-200}"; PORT="${PORT:-8303}"
DB=outagedesk_bench_memory
trap stop_app EXIT
(cd "$BENCH_DIR" && [ -d node_modules/playwright-core ] || npm install --silent --no-audit --no-fund) >/dev/null

fresh_database "$DB"
# Heartbeats every hour: a UI whose browser was killed stays until the run is over. The app runs
# exploded (its own classes and the Vaadin bundle in a directory): from a jar, Vaadin's static file
# server leaves a varying number of zip file systems open on it (19, then 80, then 20 at three
# readings of one run, each holding the jar's central directory), which moved the heap by several MB
# between readings: tens of KB per session over 200 sessions, either way.
BENCH_LAYOUT="${BENCH_LAYOUT:-exploded}" BENCH_JVM_OPTS="${BENCH_JVM_OPTS:--Xmx2g}" start_app "$PORT" "$DB" --vaadin.heartbeatInterval=3600
APP="http://127.0.0.1:$PORT"
INCIDENT_ID=$(bash "$BENCH_DIR/open-incident.sh" "$APP" "$DB")
# The end user has reported the problem, as people do in an outage: "My reports" shows that report.
add_api_token "$DB" user@demo.local bench-user-secret
curl -fsS -o /dev/null -X POST "$APP/api/v1/reports" -H 'Authorization: Bearer bench-user-secret' \
  -H 'Content-Type: application/json' -H 'Idempotency-Key: bench-memory-report' \
  -d '{"symptom":"CANNOT_RECEIVE","service":"DESKTOP_CLIENT","description":"No new mail in Outlook since 9:00"}'

HISTOGRAMS="${HISTOGRAMS:-$(mktemp -d)}"
mkdir -p "$HISTOGRAMS"
live_heap() {  # bytes of live objects: the class histogram forces a full GC first; kept as $HISTOGRAMS/$1.txt
  "$JAVA_HOME/bin/jcmd" "$APP_PID" GC.class_histogram > "$HISTOGRAMS/$1.txt"
  echo "$1: $(awk '/jdk.nio.zipfs.ZipFileSystem / {print $2}' "$HISTOGRAMS/$1.txt") zip file systems open" >&2
  awk '/^Total/ {print $3}' "$HISTOGRAMS/$1.txt"
}
# grown FROM TO: the classes whose live bytes grew most between two histograms, per session
grown() {
  awk -v n="$SESSIONS" 'FNR == NR && $1 ~ /:$/ {before[$4] = $3; next}
      $1 ~ /:$/ {d = $3 - before[$4]; if (d > 0) printf "%10.1f KB  %s\n", d / n / 1024, $4}' \
      "$HISTOGRAMS/$1.txt" "$HISTOGRAMS/$2.txt" | sort -rn | head -"${TOP:-12}" || true   # head closes the pipe early
}
# The browsers share one HTTP cache, filled by the warm-up: the measured sessions ask the server for
# pages and their UI state, not for its scripts again (each script served from the jar opens a zip
# file system in Vaadin's static file server, whose number open at a reading varied by dozens).
export BROWSER_CACHE="${BROWSER_CACHE:-$(mktemp -d)}"
sessions() { node "$BENCH_DIR/ui-sessions.mjs" "$APP" "$1" demo "$2" "$3" "$4" "${BATCH:-10}" "${BROWSERS:-2}"; }
# measured EMAIL PATH READY NAME: opens SESSIONS pages and reads the live heap as NAME; with
# CONNECTED=1 while their browsers are still connected, which are closed afterwards.
measured() {
  if [ "${CONNECTED:-0}" != 1 ]; then
    sessions "$1" "$2" "$SESSIONS" "$3" >&2
    live_heap "$4"
    return
  fi
  local out; out=$(mktemp)
  KEEP_OPEN=1 sessions "$1" "$2" "$SESSIONS" "$3" > "$out" &
  local pid=$!
  until grep -q 'all open' "$out"; do
    kill -0 "$pid" 2>/dev/null || { cat "$out" >&2; echo "sessions of $2 failed" >&2; exit 1; }
    sleep 2
  done
  cat "$out" >&2
  sleep 10   # the pages' first heartbeats and push round trips
  live_heap "$4"
  kill -TERM "$pid"; wait "$pid" || true
}

echo "== $(machine_line)"
sessions it@demo.local "incidents/$INCIDENT_ID" 10 '#runbook-panel .runbook-item' > /dev/null   # warm-up
sessions user@demo.local reports/mine 10 '.report-card' > /dev/null
echo "== browsers $([ "${CONNECTED:-0}" = 1 ] && echo "connected while the heap is read" || echo "killed before the heap is read")"
BASE=$(live_heap base)
AFTER_INCIDENT=$(measured it@demo.local "incidents/$INCIDENT_ID" '#runbook-panel .runbook-item' incident)
if [ "${CONNECTED:-0}" = 1 ]; then
  sleep 5
  BASE_REPORTS=$(live_heap between)   # the incident pages' browsers are gone, their UIs not yet
else
  BASE_REPORTS=$AFTER_INCIDENT
fi
AFTER_REPORTS=$(measured user@demo.local reports/mine '.report-card' reports)
per() { python3 -c "print(round(($2 - $1) / $SESSIONS / 1024, 1))"; }
echo "| page | sessions | live heap before | after | per session and UI |"
echo "|---|---:|---:|---:|---:|"
echo "| incident page | $SESSIONS | $((BASE / 1048576)) MB | $((AFTER_INCIDENT / 1048576)) MB | $(per "$BASE" "$AFTER_INCIDENT") KB |"
echo "| my reports | $SESSIONS | $((BASE_REPORTS / 1048576)) MB | $((AFTER_REPORTS / 1048576)) MB | $(per "$BASE_REPORTS" "$AFTER_REPORTS") KB |"
echo "== largest growth per incident page session"; grown base incident
echo "== largest growth per my-reports session"; grown "$([ "${CONNECTED:-0}" = 1 ] && echo between || echo incident)" reports

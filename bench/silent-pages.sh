#!/usr/bin/env bash
# Live pages that stop syncing, through an alert storm (issue "Hardening, round two", high item).
# PAGES incident boards are opened as it@demo.local the way a browser opens them (sign-in, the UI's
# init, the navigation event) and then never contacted again, like a laptop put to sleep. Then
# ALERTS generic monitoring alerts arrive, each a new incident. Reported: the live heap after a
# full GC before and after the storm, what grew, how long the alerts took, and whether the node
# still serves a fresh page. Production jar on MariaDB; BENCH_JAR=path measures another build.
#
#   bench/silent-pages.sh          PAGES=4 ALERTS=100 PORT=8305
set -euo pipefail
source "$(dirname "$0")/lib.sh"

PAGES="${PAGES:-4}"; ALERTS="${ALERTS:-100}"; PORT="${PORT:-8305}"
DB=outagedesk_bench_silent
APP="http://127.0.0.1:$PORT"
WORK=$(mktemp -d)
trap 'stop_app; rm -rf "$WORK"' EXIT

fresh_database "$DB"
# The pages must stay "alive" to Vaadin for the whole run, as a sleeping laptop's do for the first
# minutes: heartbeats are expected hourly, so nothing here is let go for silence.
start_app "$PORT" "$DB" --vaadin.heartbeatInterval=3600 --outagedesk.alerts.rate-limit-per-minute=100000

# open_silent_page N ROUTE: signs in with a cookie jar of its own and opens ROUTE; never syncs again.
open_silent_page() {
  local jar="$WORK/cookies-$1" csrf init ui key sync
  csrf=$(curl -fsS -c "$jar" -b "$jar" "$APP/login" | grep -o 'name="_csrf" content="[^"]*"' | cut -d'"' -f4)
  curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode username=it@demo.local \
    --data-urlencode password=demo --data-urlencode "_csrf=$csrf" "$APP/login"
  init=$(curl -fsS -c "$jar" -b "$jar" "$APP/?v-r=init&location=$2&query=")
  ui=$(grep -o '"v-uiId":[0-9]*' <<<"$init" | cut -d: -f2)
  key=$(grep -o '"Vaadin-Security-Key":"[^"]*"' <<<"$init" | cut -d'"' -f4)
  sync=$(grep -o '"syncId":[0-9]*' <<<"$init" | cut -d: -f2)
  curl -fsS -o "$WORK/page-$1.json" -c "$jar" -b "$jar" -H 'Content-Type: application/json' "$APP/?v-r=uidl&v-uiId=$ui" \
    -d "{\"csrfToken\":\"$key\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"$2\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":$sync,\"clientId\":0}"
  grep -q 'board-column-ASSESSMENT' "$WORK/page-$1.json" || { echo "page $1 did not open the board" >&2; exit 1; }
}

live_heap() {  # bytes of live objects (the class histogram forces a full GC first); kept as $WORK/$1.txt
  "$JAVA_HOME/bin/jcmd" "$APP_PID" GC.class_histogram > "$WORK/$1.txt"
  awk '/^Total/ {print $3}' "$WORK/$1.txt"
}
grown() {  # the classes whose live bytes grew most between two histograms
  awk 'FNR == NR && $1 ~ /:$/ {before[$4] = $3; next}
      $1 ~ /:$/ {d = $3 - before[$4]; if (d > 0) printf "%12.1f KB  %8d more  %s\n", d / 1024, $2 - 0, $4}' \
      "$WORK/$1.txt" "$WORK/$2.txt" | sort -rn | head -8
}

echo "== $(machine_line)"
for page in $(seq "$PAGES"); do open_silent_page "$page" board; done
BEFORE=$(live_heap before)
START=$(date +%s.%N)
for n in $(seq "$ALERTS"); do
  curl -fsS -o /dev/null -X POST "$APP/api/v1/alerts/generic" \
    -H 'Authorization: Bearer bench-alert-token' -H 'Content-Type: application/json' \
    -d "{\"source\":\"bench\",\"key\":\"silent-$n\",\"status\":\"firing\",\"title\":\"Queue check $n failed\",\"severity\":\"major\",\"services\":[\"smtp\"]}"
done
SECONDS_TAKEN=$(python3 -c "import time; print(round(time.time() - $START, 1))")
AFTER=$(live_heap after)
FRESH=$(curl -s -o /dev/null -w '%{http_code}' "$APP/actuator/health/liveness")
echo "| silent pages | alerts | live heap before | after | grown per page | alerts took | health after |"
echo "|---:|---:|---:|---:|---:|---:|---|"
python3 -c "print('| $PAGES | $ALERTS | %.1f MB | %.1f MB | %.1f KB | $SECONDS_TAKEN s | $FRESH |' % ($BEFORE / 1048576, $AFTER / 1048576, ($AFTER - $BEFORE) / $PAGES / 1024))"
echo "Grew most:"
grown before after

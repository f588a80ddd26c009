#!/usr/bin/env bash
# Status page storm (issue 8, benchmark 1; re-run for issue 21 with the 90-day history): wrk
# against /status and /api/v1/status of the production jar on MariaDB and, in the same run and
# interleaved (app, nginx, app, nginx, ... for ROUNDS rounds), against nginx serving the very same
# bytes as static files; the ratio is the median of the rounds' ratios. Afterwards asks the app how
# many HTTP sessions it created (must be 0).
# Needs wrk and nginx (Debian: apt-get install -y wrk nginx); loopback only.
#
#   bench/status-storm.sh          THREADS=2 CONNECTIONS=100 DURATION=10s ROUNDS=3 PORT=8302
set -euo pipefail
source "$(dirname "$0")/lib.sh"

THREADS="${THREADS:-2}"; CONNECTIONS="${CONNECTIONS:-100}"; DURATION="${DURATION:-10s}"; PORT="${PORT:-8302}"
ROUNDS="${ROUNDS:-3}"
DB=outagedesk_bench_status
WORK="$(mktemp -d)"
NGINX_PID=""
cleanup() {
  stop_app
  if [ -n "$NGINX_PID" ] && kill -0 "$NGINX_PID" 2>/dev/null; then kill "$NGINX_PID"; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
command -v wrk >/dev/null && command -v nginx >/dev/null || { echo "Install wrk and nginx first: apt-get install -y wrk nginx" >&2; exit 2; }

fresh_database "$DB"
start_app "$PORT" "$DB"
add_api_token "$DB" admin@demo.local bench-status-admin-secret
APP="http://127.0.0.1:$PORT"

mkdir -p "$WORK/www/status" "$WORK/www/api/v1" "$WORK/logs"
curl -fsS -H 'Accept-Language: en' -o "$WORK/www/status/index.html" "$APP/status"
curl -fsS -o "$WORK/www/api/v1/status.json" "$APP/api/v1/status"
# What a browser gets (Accept-Encoding: gzip): the app's own gzipped bytes, served by nginx's gzip_static.
curl -fsS -H 'Accept-Language: en' -H 'Accept-Encoding: gzip' -o "$WORK/www/status/index.html.gz" "$APP/status"
curl -fsS -H 'Accept-Encoding: gzip' -o "$WORK/www/api/v1/status.json.gz" "$APP/api/v1/status"
chmod -R a+rX "$WORK"   # nginx workers run as an unprivileged user
NGINX_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
cat > "$WORK/nginx.conf" <<CONF
worker_processes 2;
daemon off;
pid $WORK/nginx.pid;
error_log $WORK/logs/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  client_body_temp_path $WORK/tmp-body;
  proxy_temp_path $WORK/tmp-proxy;
  fastcgi_temp_path $WORK/tmp-fastcgi;
  uwsgi_temp_path $WORK/tmp-uwsgi;
  scgi_temp_path $WORK/tmp-scgi;
  gzip_static on;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
    location = /status { default_type text/html; try_files /status/index.html =404; }
    location = /api/v1/status { default_type application/json; try_files /api/v1/status.json =404; }
  }
}
CONF
nginx -c "$WORK/nginx.conf" -p "$WORK" &
NGINX_PID=$!
for _ in $(seq 50); do curl -fsS -o /dev/null "http://127.0.0.1:$NGINX_PORT/status" && break; sleep 0.1; done

ENCODING="identity"
run() {  # run LABEL URL FILE; sends Accept-Encoding: $ENCODING
  wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -H 'Accept-Language: en' -H "Accept-Encoding: $ENCODING" "$2" > /dev/null   # warm-up, not reported
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -H 'Accept-Language: en' -H "Accept-Encoding: $ENCODING" --latency "$2" > "$WORK/run.txt"
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/run.txt")
  p50=$(awk '$1=="50%" {print $2}' "$WORK/run.txt")
  p99=$(awk '$1=="99%" {print $2}' "$WORK/run.txt")
  errors=$(grep -E 'Socket errors|Non-2xx' "$WORK/run.txt" | tr '\n' ' ' || true)
  printf '| %s | %s | %s | %s | %s |\n' "$1" "$rps" "$p50" "$p99" "${errors:-none}"
  echo "$rps" > "$WORK/$3.rps"
}
ratio() {  # median over the rounds of app/nginx: ratio APP_PREFIX NGINX_PREFIX
  python3 - "$WORK" "$1" "$2" "$ROUNDS" <<'PY'
import statistics, sys
work, app, peer, rounds = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
read = lambda name: float(open(f"{work}/{name}.rps").read())
ratios = [read(f"{app}-{r}") / read(f"{peer}-{r}") for r in range(1, rounds + 1)]
print(f"{statistics.median(ratios):.3f} (rounds: {', '.join(f'{x:.3f}' for x in ratios)})")
PY
}

echo "== $(machine_line)"
echo "== wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, $ROUNDS interleaved rounds"
echo "== page $(wc -c < "$WORK/www/status/index.html") bytes ($(wc -c < "$WORK/www/status/index.html.gz") gzipped), JSON $(wc -c < "$WORK/www/api/v1/status.json") bytes ($(wc -c < "$WORK/www/api/v1/status.json.gz") gzipped)"
echo "| round | Accept-Encoding | target | requests/s | median | p99 | errors |"
echo "|---|---|---|---:|---:|---:|---|"
for round in $(seq "$ROUNDS"); do
  for ENCODING in gzip identity; do
    run "$round | $ENCODING | OutageDesk /status" "$APP/status" "app-html-$ENCODING-$round"
    run "$round | $ENCODING | nginx /status" "http://127.0.0.1:$NGINX_PORT/status" "nginx-html-$ENCODING-$round"
    run "$round | $ENCODING | OutageDesk /api/v1/status" "$APP/api/v1/status" "app-json-$ENCODING-$round"
    run "$round | $ENCODING | nginx /api/v1/status" "http://127.0.0.1:$NGINX_PORT/api/v1/status" "nginx-json-$ENCODING-$round"
  done
done
for ENCODING in gzip identity; do
  echo "== ratio OutageDesk/nginx, Accept-Encoding: $ENCODING: /status $(ratio "app-html-$ENCODING" "nginx-html-$ENCODING"); /api/v1/status $(ratio "app-json-$ENCODING" "nginx-json-$ENCODING") (target >= 0.8)"
done
SESSIONS=$(curl -fsS -H 'Authorization: Bearer bench-status-admin-secret' "$APP/actuator/metrics/tomcat.sessions.created" \
  | python3 -c 'import json,sys; print(int(json.load(sys.stdin)["measurements"][0]["value"]))')
echo "== HTTP sessions created by the app during the run: $SESSIONS"

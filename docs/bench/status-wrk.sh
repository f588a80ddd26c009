#!/usr/bin/env bash
# Benchmarks the public status page against nginx serving the same bytes as a static file,
# in one run, on loopback only. Needs wrk and nginx (Debian: apt-get install -y wrk nginx).
#
#   docs/bench/status-wrk.sh [app-url]        default http://127.0.0.1:8097/status?lang=en
#   THREADS=2 CONNECTIONS=50 DURATION=15s docs/bench/status-wrk.sh
#
# The app must be running (e.g. ./mvnw spring-boot:run -Dspring-boot.run.arguments=--server.port=8097).
set -euo pipefail

URL="${1:-http://127.0.0.1:8097/status?lang=en}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-50}"
DURATION="${DURATION:-15s}"
case "$URL" in
  http://127.0.0.1:*|http://localhost:*) ;;
  *) echo "Only loopback addresses: $URL" >&2; exit 2 ;;
esac

WORK="$(mktemp -d)"
NGINX_PID=""
cleanup() {
  if [ -n "$NGINX_PID" ] && kill -0 "$NGINX_PID" 2>/dev/null; then kill "$NGINX_PID"; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

mkdir -p "$WORK/www/status" "$WORK/logs"
curl -fsS -o "$WORK/www/status/index.html" "$URL"
chmod -R a+rX "$WORK"   # nginx workers run as an unprivileged user
BYTES=$(wc -c < "$WORK/www/status/index.html")

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
cat > "$WORK/nginx.conf" <<CONF
worker_processes 2;
daemon off;
pid $WORK/nginx.pid;
error_log $WORK/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  sendfile on;
  client_body_temp_path $WORK/tmp-body;
  proxy_temp_path $WORK/tmp-proxy;
  fastcgi_temp_path $WORK/tmp-fastcgi;
  uwsgi_temp_path $WORK/tmp-uwsgi;
  scgi_temp_path $WORK/tmp-scgi;
  server {
    listen 127.0.0.1:$PORT;
    root $WORK/www;
    location = /status { try_files /status/index.html =404; }
  }
}
CONF
nginx -c "$WORK/nginx.conf" -p "$WORK" &
NGINX_PID=$!
for _ in $(seq 50); do curl -fsS -o /dev/null "http://127.0.0.1:$PORT/status" && break; sleep 0.1; done

echo "== page: $BYTES bytes; wrk -t$THREADS -c$CONNECTIONS -d$DURATION"
echo "== warm-up (5s each, not reported)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$URL" > /dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "http://127.0.0.1:$PORT/status" > /dev/null

echo "== OutageDesk $URL"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$URL" | tee "$WORK/app.txt"
echo "== nginx static http://127.0.0.1:$PORT/status"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$PORT/status" | tee "$WORK/nginx.txt"

APP=$(awk '/Requests\/sec/ {print $2}' "$WORK/app.txt")
NGX=$(awk '/Requests\/sec/ {print $2}' "$WORK/nginx.txt")
echo "== summary: OutageDesk $APP req/s, nginx $NGX req/s, ratio app/nginx $(python3 -c "print(round($APP/$NGX, 3))")"

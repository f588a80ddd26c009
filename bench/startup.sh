#!/usr/bin/env bash
# Start-up of the production jar against MariaDB: time from launching `java -jar` to the first
# 200 on /actuator/health/readiness, and Spring's own "Started ... in X seconds", over RUNS starts
# (one unmeasured start first, which lets Flyway create the schema in the fresh database), and the
# CPU seconds the JVM used until ready (user + system, from /proc), which other load on the machine
# changes much less than the wall-clock time.
#
#   ./mvnw -B -ntp -Pproduction -DskipTests package
#   bench/startup.sh                           # RUNS=5 PORT=8211
#
# Needs MariaDB at 127.0.0.1:3306 (root, no password); creates and drops outagedesk_bench_startup.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS="${RUNS:-5}"
MODES="${MODES:-jar aot}"
PORT="${PORT:-8211}"
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
JAR="${JAR:-$(ls target/outagedesk-*.jar | head -1)}"
DB=outagedesk_bench_startup
LOG="$(mktemp)"
EXTRACTED="$(mktemp -d)"
RUN_JAR="$JAR"
JVM_OPTS=()
APP_PID=""
cleanup() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
  mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $DB"
  rm -rf "$LOG" "$EXTRACTED"
}
trap cleanup EXIT
mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"

TICKS=$(getconf CLK_TCK)
# One start: prints "<seconds to first 200> <Spring's started-in seconds> <CPU seconds until ready>".
start_once() {
  local begin end
  begin=$(date +%s.%N)
  "$JAVA" ${JVM_OPTS[@]+"${JVM_OPTS[@]}"} -jar "$RUN_JAR" --spring.profiles.active=prod --server.port="$PORT" \
      --spring.datasource.url="jdbc:mariadb://127.0.0.1:3306/$DB" --spring.datasource.username=root \
      --spring.datasource.password= --spring.mail.host=127.0.0.1 --spring.mail.port=2 ${APP_ARGS:-} >"$LOG" 2>&1 &
  APP_PID=$!
  until curl -fsS -o /dev/null "http://127.0.0.1:$PORT/actuator/health/readiness" 2>/dev/null; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "the app stopped; its log:" >&2; tail -40 "$LOG" >&2; exit 1; }
    sleep 0.05
  done
  end=$(date +%s.%N)
  local cpu
  cpu=$(awk -v t="$TICKS" '{printf "%.2f", ($14 + $15) / t}' "/proc/$APP_PID/stat")
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
  echo "$(echo "$end - $begin" | bc -l) $(grep -o 'Started OutageDeskApplication in [0-9.]*' "$LOG" | awk '{print $4}') $cpu"
}

median() {  # median of column $1 of the results, labelled $2
  printf '%s\n' "${results[@]}" | awk -v c="$1" '{print $c}' | sort -n \
    | awk -v label="$2" '{a[NR]=$1} END {printf "median %s: %.2f s\n", label, (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'
}

# The AOT training start: the context is refreshed, then the JVM exits and writes the cache.
train_aot_cache() {
  "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$EXTRACTED" >/dev/null
  RUN_JAR="$EXTRACTED/$(basename "$JAR")"
  local begin; begin=$(date +%s.%N)
  "$JAVA" -XX:AOTCacheOutput="$EXTRACTED/app.aot" -Dspring.context.exit=onRefresh -jar "$RUN_JAR" \
      --spring.profiles.active=prod --server.port="$PORT" \
      --spring.datasource.url="jdbc:mariadb://127.0.0.1:3306/$DB" --spring.datasource.username=root \
      --spring.datasource.password= --spring.mail.host=127.0.0.1 --spring.mail.port=2 ${APP_ARGS:-} >"$LOG" 2>&1
  echo "training start and cache written in $(echo "$(date +%s.%N) - $begin" | bc -l | cut -c1-5) s, cache $(du -m "$EXTRACTED/app.aot" | cut -f1) MB"
  JVM_OPTS=(-XX:AOTCache="$EXTRACTED/app.aot")
}

for mode in $MODES; do
  echo "== mode $mode"
  if [ "$mode" = aot ]; then train_aot_cache; fi
  echo "warm-up start (the first one creates the schema): $(start_once)"
  results=()
  for i in $(seq 1 "$RUNS"); do
    r=$(start_once)
    echo "run $i: ready after $(echo "$r" | awk '{printf "%.2f s", $1}'), Spring says started in $(echo "$r" | awk '{print $2}') s, CPU $(echo "$r" | awk '{print $3}') s, load $(cut -d' ' -f1 /proc/loadavg)"
    results+=("$r")
  done
  median 1 "ready (first 200 on readiness)"
  median 2 "Spring started-in"
  median 3 "CPU until ready"
done
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $("$JAVA" -version 2>&1 | head -1)"

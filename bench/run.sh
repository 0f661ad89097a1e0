#!/usr/bin/env bash
# Builds the service, starts it against a throwaway database on the local PostgreSQL, loads
# campaigns of 10,000 and 1,000,000 approved messages, runs every scenario next to its limit and
# prints the table. Loopback only; every load is bounded in time. See docs/benchmarks.md.
#
#   bench/run.sh                 full run (about 12 minutes on 2 cores)
#   BENCH_QUICK=1 bench/run.sh   small data and short loads, to check the scripts
#
# Settings (environment): BENCH_BIG, BENCH_SMALL, BENCH_PENDING, BENCH_DURATION (s per load),
# BENCH_ROUNDS, BENCH_WARMUP (s per warm-up load), BENCH_WARM_REQUESTS, BENCH_WARM_SECONDS,
# BENCH_SSE_CLIENTS, BENCH_SKIP_BUILD=1, BENCH_KEEP_DB=1, BENCH_ONLY=feed,submit,moderation,live
# (groups to run), BENCH_PROFILE=1 (a JFR profile of the service per group, summarised),
# BENCH_JAVA_OPTS (JVM flags of the service), BENCH_PGHOST/BENCH_PGPORT/BENCH_PGUSER.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
export BENCH_DIR

if [[ "${BENCH_QUICK:-0}" == 1 ]]; then
  : "${BENCH_BIG:=50000}" "${BENCH_SMALL:=10000}" "${BENCH_PENDING:=5000}"
  : "${BENCH_DURATION:=3}" "${BENCH_ROUNDS:=1}" "${BENCH_WARMUP:=2}" "${BENCH_SSE_CLIENTS:=200}"
  : "${BENCH_WARM_REQUESTS:=5000}" "${BENCH_WARM_SECONDS:=10}"
  export BENCH_WARM_REQUESTS BENCH_WARM_SECONDS
fi
export BENCH_BIG=${BENCH_BIG:-1000000}
export BENCH_SMALL=${BENCH_SMALL:-10000}
export BENCH_PENDING=${BENCH_PENDING:-100000}
export BENCH_DURATION=${BENCH_DURATION:-10}
export BENCH_ROUNDS=${BENCH_ROUNDS:-3}
export BENCH_WARMUP=${BENCH_WARMUP:-5}
export BENCH_SSE_CLIENTS=${BENCH_SSE_CLIENTS:-2000}
export PGHOST=${BENCH_PGHOST:-127.0.0.1} PGPORT=${BENCH_PGPORT:-5432} PGUSER=${BENCH_PGUSER:-postgres}
JAVA_OPTS=${BENCH_JAVA_OPTS:-}

for tool in wrk pgbench psql pg_isready createdb dropdb java python3 curl; do
  command -v "$tool" >/dev/null || { echo "bench: '$tool' is required" >&2; exit 1; }
done

STARTED=$(date +%s)
export BENCH_OUT=${BENCH_OUT:-$ROOT/target/bench-$(date +%Y%m%d-%H%M%S)}
mkdir -p "$BENCH_OUT"
export BENCH_DB=bench_$$
APP_PID=
log() { printf '[%s] %s\n' "$(date +%T)" "$*" >&2; }

cleanup() {
  local status=$?
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$APP_PID" 2>/dev/null || true
  fi
  if [[ "${BENCH_KEEP_DB:-0}" != 1 ]]; then
    dropdb --if-exists --force "$BENCH_DB" 2>/dev/null || true
  else
    log "kept database $BENCH_DB"
  fi
  exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# 2,000 live clients need as many sockets in this shell's children (client and service).
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

{
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)," \
    "$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
  echo "kernel: $(uname -r); java: $(java -version 2>&1 | head -1); $(psql --version); $(wrk -v 2>&1 | head -1)"
  echo "load at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$BENCH_OUT/machine.txt" >&2

if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  log "building the jar"
  (cd "$ROOT" && ./mvnw -q package -DskipTests)
fi
JAR=$ROOT/target/quarkus-app/quarkus-run.jar
[[ -f "$JAR" ]] || { echo "bench: $JAR missing" >&2; exit 1; }

if ! pg_isready -q; then
  log "starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start
  for _ in $(seq 1 30); do pg_isready -q && break; sleep 1; done
fi
createdb "$BENCH_DB"
log "database $BENCH_DB"

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export BENCH_URL=http://127.0.0.1:$PORT
export BENCH_ADMIN_USER=bench-admin
BENCH_ADMIN_PASSWORD=$(python3 -c 'import secrets; print(secrets.token_urlsafe(24))')
export BENCH_ADMIN_PASSWORD
# Known to the run so it can issue valid cursors for pages the cache has never seen.
BENCH_CURSOR_SECRET=$(python3 -c 'import secrets; print(secrets.token_urlsafe(32))')
export BENCH_CURSOR_SECRET

log "starting the service on $BENCH_URL ${JAVA_OPTS:+($JAVA_OPTS)}"
T0=$(date +%s%N)
# shellcheck disable=SC2086
env QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB" \
  QUARKUS_DATASOURCE_USERNAME="$PGUSER" \
  QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$PORT" \
  SOLIDARITY_ADMIN_USERNAME="$BENCH_ADMIN_USER" SOLIDARITY_ADMIN_PASSWORD="$BENCH_ADMIN_PASSWORD" \
  SOLIDARITY_CURSOR_SECRET="$BENCH_CURSOR_SECRET" \
  SOLIDARITY_RATE_LIMITS_SUBMISSIONS_PER_SENDER=1000000000 \
  SOLIDARITY_RATE_LIMITS_SUBMISSIONS_PER_CAMPAIGN=1000000000 \
  SOLIDARITY_FINGERPRINT_SALT="$(python3 -c 'import secrets; print(secrets.token_urlsafe(32))')" \
  QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY="$(python3 -c 'import secrets; print(secrets.token_urlsafe(32))')" \
  java $JAVA_OPTS -jar "$JAR" >"$BENCH_OUT/app.log" 2>&1 &
APP_PID=$!
export BENCH_APP_PID=$APP_PID
until curl -fs -o /dev/null "$BENCH_URL/q/health/ready"; do
  kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$BENCH_OUT/app.log" >&2; exit 1; }
  [[ $(( ($(date +%s%N) - T0) / 1000000000 )) -lt 120 ]] || { echo "bench: no start in 120 s" >&2; exit 1; }
  sleep 0.05
done
export BENCH_STARTUP_MS=$(( ($(date +%s%N) - T0) / 1000000 ))
log "ready after ${BENCH_STARTUP_MS} ms ($(grep -o 'started in [0-9.]*s' "$BENCH_OUT/app.log" | head -1))"

python3 "$BENCH_DIR/scenarios.py" "$@"
log "done in $(( $(date +%s) - STARTED )) s"

#!/usr/bin/env bash
# The load benchmarks of issue 15 on PostgreSQL (docs/benchmarks.md, "Clinic scale"). From a clean clone, as root:
#   bench/load/run.sh            # cluster + generate 10,000 x 365 + server + every benchmark
#   SKIP_GENERATE=1 bench/load/run.sh   # reuse the generated database of the previous run
# The scheduled alert re-evaluation of all patients is deferred (REEVALUATE_DELAY, PT30M) so that it does not run
# inside the measurements.
# Env: PATIENTS (10000), DAYS (365), SEED (1), DURATION (30s per run), WARMUP (30s per scenario), PORT (8089), HEAP (-Xmx1g),
#      JAR (unset: the server runs as the README runs it, `BACLO_JAVA_OPTS=$HEAP bin/baclo serve`; set: `java $HEAP -jar $JAR
#      serve`), SERVER_ARGS (more serve arguments). Results: bench/load/out/results.txt (RESULT lines).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
OUT=$ROOT/bench/load/out
mkdir -p "$OUT"
LAUNCH_JAR=${JAR:-}
JAR=${JAR:-target/baclo.jar}
PATIENTS=${PATIENTS:-10000}
DAYS=${DAYS:-365}
SEED=${SEED:-1}
DURATION=${DURATION:-30s}
PORT=${PORT:-8089}
HEAP=${HEAP:--Xmx1g}
export PASSWORD=${BENCH_PASSWORD:-bench-Pass-2026x}
export BASE=http://127.0.0.1:$PORT OUT SEED
RESULTS=$OUT/results.txt
[ -f "$JAR" ] || ./mvnw -q -B package -DskipTests

bench/load/pg.sh start
# shellcheck disable=SC1091
source "${BENCH_PG_DIR:-/tmp/baclo-bench-pg}/env"
export PSQL

{
  echo "# $(date -u +%FT%TZ) $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "# git $(git rev-parse --short HEAD 2>/dev/null || echo '?'); $(java -version 2>&1 | head -n 1); $("$(dirname "$PSQL")/postgres" --version)"
} > "$RESULTS"

if [ "${SKIP_GENERATE:-}" != 1 ]; then
  "$PSQL" -qc "drop schema public cascade; create schema public;" 2>/dev/null
  start=$(date +%s.%N)
  java -jar "$JAR" demo generate --patients "$PATIENTS" --days "$DAYS" --seed "$SEED" --password "$PASSWORD" \
    --spring.profiles.active=postgres 2> >(tr '\r' '\n' | tail -n 1 >&2) | tee "$OUT/generate.txt"
  echo "RESULT generate patients=$PATIENTS days=$DAYS seconds=$(echo "$(date +%s.%N) - $start" | bc)" | tee -a "$RESULTS"
  "$PSQL" -qc "vacuum analyze"
fi
"$PSQL" -Atc "select 'RESULT rows patients=' || (select count(*) from patient) || ' plans=' || (select count(*) from plan_record)
  || ' diary=' || (select count(*) from diary_entry) || ' alerts=' || (select count(*) from follow_up_alert)
  || ' refills=' || (select count(*) from pump_refill) || ' db=' || pg_size_pretty(pg_database_size('baclo'))" | tee -a "$RESULTS"

# The server, as the README runs it, on the generated database; start-up = launch until health answers UP.
start=$(date +%s.%N)
if [ -n "$LAUNCH_JAR" ]; then
  launch=(java $HEAP -jar "$JAR" serve)
else
  launch=(env BACLO_JAVA_OPTS="$HEAP" bin/baclo serve)
fi
"${launch[@]}" --spring.profiles.active=postgres --server.port="$PORT" --baclo.data-dir="$OUT/data" \
  --baclo.followup.reevaluate-initial-delay="${REEVALUATE_DELAY:-PT30M}" ${SERVER_ARGS:-} \
  > "$OUT/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
until curl -fsS "$BASE/actuator/health" 2>/dev/null | grep -q UP; do
  kill -0 $SERVER 2>/dev/null || { echo "server died, see $OUT/server.log" >&2; exit 1; }
  sleep 0.2
done
echo "RESULT startup seconds=$(echo "$(date +%s.%N) - $start" | bc)" | tee -a "$RESULTS"

bench/load/prepare.sh

wrk_run() { # name threads connections script [env...]
  local name=$1 t=$2 c=$3 script=$4; shift 4
  env BENCH_NAME="$name" "$@" wrk -t"$t" -c"$c" -d"$DURATION" --timeout 10s -s "bench/load/$script" "$BASE" \
    | grep '^RESULT' | tee -a "$RESULTS"
}
warm() { # the scenario before measuring it: a server in use is warm (JIT-compiled code, caches); 10 s left the
  # C2 compiler still at work on 2 busy cores (figures 20-40% lower than after 30 s)
  local save=$DURATION; DURATION=${WARMUP:-30s}; wrk_run "warmup-$1" "${@:2}" >/dev/null; DURATION=$save
}

# Each scenario is measured right after the trivial endpoint at the same concurrency: that pair gives the ratio.
warm trivial 4 16 trivial.lua
warm worklist 16 16 pages.lua BENCH_PAGE=worklist BENCH_SESSIONS="$OUT/sessions.tsv"
warm timeline 16 16 pages.lua BENCH_PAGE=timeline BENCH_SESSIONS="$OUT/sessions.tsv"
wrk_run trivial-16 4 16 trivial.lua
wrk_run worklist-16 16 16 pages.lua BENCH_PAGE=worklist BENCH_SESSIONS="$OUT/sessions.tsv"
wrk_run timeline-16 16 16 pages.lua BENCH_PAGE=timeline BENCH_SESSIONS="$OUT/sessions.tsv"

warm diary 8 32 api.lua BENCH_API=diary BENCH_TOKENS="$OUT/patient-tokens.tsv"
wrk_run trivial-32 8 32 trivial.lua
wrk_run diary-32x50 8 32 api.lua BENCH_API=diary BENCH_TOKENS="$OUT/patient-tokens.tsv"

warm preview 4 50 api.lua BENCH_API=preview BENCH_TOKENS="$OUT/clinician-tokens.tsv"
wrk_run trivial-50 4 50 trivial.lua
wrk_run preview-50 4 50 api.lua BENCH_API=preview BENCH_TOKENS="$OUT/clinician-tokens.tsv"
wrk_run api-me-token-50 4 50 api.lua BENCH_API=me BENCH_TOKENS="$OUT/clinician-tokens.tsv"
wrk_run api-patients-token-50 4 50 api.lua BENCH_API=patients BENCH_TOKENS="$OUT/clinician-tokens.tsv"
wrk_run trivial-50b 4 50 trivial.lua

# Heap after the load runs (after a full GC: live data), and the process's resident memory.
jcmd $SERVER GC.run >/dev/null 2>&1 || true
heap=$(jcmd $SERVER GC.heap_info 2>/dev/null | tr '\n' ' ' | sed 's/  */ /g')
echo "RESULT heap $heap rss_kb=$(awk '/VmRSS/ {print $2}' /proc/$SERVER/status)" | tee -a "$RESULTS"
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$RESULTS"
# The statements of one (warm) worklist and one timeline request, each with its EXPLAIN ANALYZE: bench/explain/
bench/load/explain.sh
bench/load/summary.sh "$RESULTS"

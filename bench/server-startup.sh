#!/bin/bash
# Server start-up and idle heap (issue 15.4): starts `BACLO_JAVA_OPTS=-Xmx512m bin/baclo serve` (the README's run
# command: the extracted jar with the build's class-data-sharing archive) on a data folder of its own, and prints the time from the process start to the first 200 from
# /actuator/health (which answers 503 until start-up, runners included, has finished), the CPU time the process used
# by then, and the heap in use after a full GC a few seconds later (the idle heap). Then stops the server.
#
#   ./mvnw -q package -DskipTests
#   bench/server-startup.sh [RUNS] [PORT] [extra serve arguments, e.g. --demo]
#
# Run 1 on a new data folder includes creating the database (Flyway migrations) and the administrator (bcrypt);
# later runs reuse the folder, as a restart does. The figures are in docs/benchmarks.md ("Start-up").
# BACLO_STARTUP_JAR=1 starts the fat jar instead (`java -Xmx512m -jar target/baclo.jar serve`), for comparison.
set -eu
cd "$(dirname "$0")/.."
runs=${1:-5}
port=${2:-18080}
shift $(( $# < 2 ? $# : 2 ))
work=$(mktemp -d "${TMPDIR:-/tmp}/baclo-startup.XXXXXX")
trap 'rm -rf "$work"' EXIT
hz=$(getconf CLK_TCK)
for run in $(seq 1 "$runs"); do
    start=$(date +%s%N)
    if [ -n "${BACLO_STARTUP_JAR:-}" ]; then
        java -Xmx512m -jar target/baclo.jar serve --server.port="$port" --baclo.data-dir="$work/data" "$@" \
            > "$work/server.log" 2>&1 &
    else
        BACLO_JAVA_OPTS=-Xmx512m bin/baclo serve --server.port="$port" --baclo.data-dir="$work/data" "$@" \
            > "$work/server.log" 2>&1 &
    fi
    pid=$!
    code=000
    while [ "$code" != 200 ]; do
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "the server stopped; its log:" >&2
            cat "$work/server.log" >&2
            exit 1
        fi
        sleep 0.05
        code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health" || true)
    done
    end=$(date +%s%N)
    cpu=$(awk -v hz="$hz" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$pid/stat")
    sleep 3
    jcmd "$pid" GC.run > /dev/null
    used=$(jcmd "$pid" GC.heap_info | awk '/ heap /{for (i = 1; i <= NF; i++) if ($i == "used") print $(i + 1)}' | tr -d ',')
    meta=$(jcmd "$pid" GC.heap_info | awk '/Metaspace/{for (i = 1; i <= NF; i++) if ($i == "used") print $(i + 1)}' | tr -d ',')
    printf 'run %d: health UP after %d ms, CPU %s s, idle heap used %s, metaspace %s, load %s\n' "$run" \
        $(( (end - start) / 1000000 )) "$cpu" "$used" "$meta" "$(cut -d' ' -f1 /proc/loadavg)"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
done

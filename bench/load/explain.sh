#!/usr/bin/env bash
# EXPLAIN (ANALYZE, BUFFERS) of every SELECT one worklist request and one patient timeline request run, captured from
# PostgreSQL's statement log while the server of run.sh is up (same env as prepare.sh; $OUT/sessions.tsv).
# Writes bench/explain/worklist.txt and bench/explain/timeline.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${BASE:?}" "${OUT:?}"
source "${BENCH_PG_DIR:-/tmp/baclo-bench-pg}/env"
LOG=${BENCH_PG_DIR:-/tmp/baclo-bench-pg}/server.log
mkdir -p bench/explain
cookie=$(head -n 1 "$OUT/sessions.tsv" | cut -f1)
patient=$(head -n 1 "$OUT/sessions.tsv" | cut -f2 | cut -d, -f1)

capture() { # name path
  "$PSQL" -qc "alter system set log_min_duration_statement = 0" -c "select pg_reload_conf()" >/dev/null
  sleep 0.5
  local from; from=$(wc -l < "$LOG")
  curl -fsS -o /dev/null -H "Cookie: $cookie" "$BASE$2"
  sleep 0.5
  "$PSQL" -qc "alter system reset log_min_duration_statement" -c "select pg_reload_conf()" >/dev/null
  tail -n +"$((from + 1))" "$LOG" > "$OUT/$1.statements.log"
  python3 - "$OUT/$1.statements.log" > "$OUT/$1.explain.sql" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
# "LOG:  duration: 0.1 ms  execute <unnamed>: select ...\n...DETAIL:  Parameters: $1 = '5', $2 = 'x'"
entries = re.split(r"\n(?=\S.*?LOG:  )", text)
seen = {}
order = []
for e in entries:
    if "  execute " not in e and "  statement: " not in e:
        continue  # parse and bind lines of the same statement
    m = re.search(r"(?:execute [^:]*|statement): (.*?)(?:\n\S.*?DETAIL:  [Pp]arameters: (.*))?$", e, re.S)
    if not m:
        continue
    sql = re.sub(r"\s+", " ", m.group(1)).strip()
    if not sql.lower().startswith("select") or "spring_session" in sql.lower() or "pg_reload_conf" in sql:
        continue
    if sql in seen:
        seen[sql][0] += 1  # the same statement for another row: an N+1 shows as a high count
        continue
    params = {}
    if m.group(2):
        for k, v in re.findall(r"\$(\d+) = ('(?:[^']|'')*'|NULL)", m.group(2)):
            params[k] = v
    seen[sql] = [1, re.sub(r"\$(\d+)", lambda x: params.get(x.group(1), "NULL"), sql)]
    order.append(sql)
for t in order:
    n, sql = seen[t]
    print("\\echo '-- run " + str(n) + " time(s) in the request; first instance: " + sql.replace("'", "''")[:3000] + "'")
    print("explain (analyze, buffers) " + sql + ";")
PY
  {
    echo "-- EXPLAIN (ANALYZE, BUFFERS) of the SELECTs of one GET $2 (bench/load/explain.sh), $(date -u +%FT%TZ)"
    echo "-- $("$PSQL" -Atc "select count(*) || ' patients, ' || (select count(*) from diary_entry) || ' diary rows' from patient")"
    "$PSQL" -X -q -f "$OUT/$1.explain.sql" 2>&1
  } > "bench/explain/$1.txt"
  echo "bench/explain/$1.txt: $(grep -c '^-- run' "bench/explain/$1.txt" || true) distinct SELECTs," \
    "$(grep -c '  execute ' "$OUT/$1.statements.log" || true) statements executed (all kinds)"
}

capture worklist /worklist
capture timeline "/patients/$patient/followup"

#!/usr/bin/env bash
# A private PostgreSQL cluster for the load benchmarks, as .ci/run starts one (run as root; the server runs as the
# postgres user). Usage: bench/load/pg.sh start|stop|env. Settings are written to $BENCH_PG_DIR/env (sourced by the
# other scripts): BACLO_DB_URL, BACLO_DB_USER, BACLO_DB_PASSWORD, PGHOST, PGPORT, PGUSER, PGPASSWORD.
set -euo pipefail
BENCH_PG_DIR=${BENCH_PG_DIR:-/tmp/baclo-bench-pg}
pg_bin=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)}

case "${1:-}" in
start)
  if [ -f "$BENCH_PG_DIR/env" ] && runuser -u postgres -- "$pg_bin/pg_ctl" -D "$BENCH_PG_DIR/data" status >/dev/null 2>&1; then
    echo "PostgreSQL already running ($BENCH_PG_DIR)"; exit 0
  fi
  rm -rf "$BENCH_PG_DIR"; mkdir -p "$BENCH_PG_DIR"; chmod 755 "$BENCH_PG_DIR"; chown postgres:postgres "$BENCH_PG_DIR"
  port=${BENCH_PG_PORT:-55500}
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  pw=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
  printf '%s\n' "$pw" > "$BENCH_PG_DIR/password"; chown postgres:postgres "$BENCH_PG_DIR/password"
  runuser -u postgres -- "$pg_bin/initdb" -D "$BENCH_PG_DIR/data" -U postgres -A scram-sha-256 \
    --pwfile="$BENCH_PG_DIR/password" -E UTF8 --locale=C.UTF-8 >/dev/null
  # A modest server: the benchmark machine has 2 cores. fsync stays on (production-like commits).
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$BENCH_PG_DIR/data" -l "$BENCH_PG_DIR/server.log" -w -o \
    "-c listen_addresses=127.0.0.1 -p $port -k $BENCH_PG_DIR -c max_connections=200 -c shared_buffers=1GB \
     -c effective_cache_size=4GB -c work_mem=16MB -c maintenance_work_mem=512MB -c max_wal_size=4GB \
     -c synchronous_commit=on" start >/dev/null
  PGPASSWORD=$pw "$pg_bin/psql" -h 127.0.0.1 -p "$port" -U postgres -qc "create database baclo" postgres
  cat > "$BENCH_PG_DIR/env" <<ENV
export BACLO_DB_URL=jdbc:postgresql://127.0.0.1:$port/baclo
export BACLO_DB_USER=postgres
export BACLO_DB_PASSWORD=$pw
export PGHOST=127.0.0.1 PGPORT=$port PGUSER=postgres PGPASSWORD=$pw PGDATABASE=baclo
export PSQL=$pg_bin/psql
ENV
  echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on port $port ($BENCH_PG_DIR)"
  ;;
stop)
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$BENCH_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$BENCH_PG_DIR"
  ;;
env)
  cat "$BENCH_PG_DIR/env"
  ;;
*)
  echo "usage: $0 start|stop|env" >&2; exit 2
  ;;
esac

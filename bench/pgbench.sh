#!/usr/bin/env bash
# The database's physical limit (docs/benchmarks.md, measure 3): pgbench's simple-update
# transaction (-N) on the same PostgreSQL the benchmark uses, in a scratch database of its own.
#   bench/pgbench.sh [seconds=30] [runs=3] [clients="1 2 4"]
# Prints a Markdown table: median TPS (min–max) per client count. Needs pgbench (postgresql-client).
set -euo pipefail
SECONDS_PER_RUN=${1:-30}
RUNS=${2:-3}
CLIENTS=${3:-"1 2 4"}
HOST=${PGHOST:-127.0.0.1}
DB=rf_pgbench
export PGUSER=${PGUSER:-postgres}
export PGOPTIONS="--client-min-messages=warning"
psql -h "$HOST" -d postgres -qc "drop database if exists $DB with (force)" -c "create database $DB" >/dev/null
trap 'psql -h "$HOST" -d postgres -qc "drop database if exists $DB with (force)" >/dev/null' EXIT
pgbench -h "$HOST" -i -s 10 -q "$DB" >/dev/null 2>&1
echo "## pgbench simple-update (measure 3)"
echo
echo "- date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "- machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB RAM, $(psql -h "$HOST" -d postgres -Atc 'show server_version')"
echo "- load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "- command: pgbench -i -s 10; pgbench -N -c C -j C -T $SECONDS_PER_RUN, $RUNS runs per row"
echo
echo "| clients | TPS median (min–max) |"
echo "|---:|---:|"
for c in $CLIENTS; do
  values=()
  for r in $(seq "$RUNS"); do
    tps=$(pgbench -h "$HOST" -N -c "$c" -j "$c" -T "$SECONDS_PER_RUN" "$DB" 2>/dev/null \
      | awk '/^tps = /{print $3; exit}')
    values+=("$tps")
  done
  printf '%s\n' "${values[@]}" | sort -g | awk -v c="$c" '{v[NR]=$1} END {
    m = (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2;
    printf "| %d | %.0f (%.0f–%.0f) |\n", c, m, v[1], v[NR] }'
done

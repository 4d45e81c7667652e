#!/usr/bin/env bash
# In-process match (IngestService.match, no HTTP) against the bulk-loaded store of 1,000,000 records on the
# H2 file database that ingest-1m-h2.sh builds (run that one first, or let this one build it the same way).
# Run from the repository root after `mvn -B clean package -DskipTests`, on a quiet machine.
#
#   benchmarks/scripts/match-1m-h2.sh [WARMUP_SECONDS] [java options...]
#
# Probes, one after another: WARMUP_SECONDS x 1000 records of other people (`generate --persons 50000
# --seed 2`) warm the JIT and H2's page cache (1: right after start, a cold cache; 30: a warm one); then
# 10,000 of the records generated after the loaded ones (the store's population: many have a person there)
# are measured. Each run starts on a fresh copy of the store.
set -euo pipefail
WARMUP=${1:-30}; shift $(( $# >= 1 ? 1 : 0 ))
MPI=$(pwd)/mpi-service/target/mpi-service-0.1.0-SNAPSHOT.jar
WORK=${WORK:-/tmp/mpi-bench-1m}
JAVA=${JAVA:-java}
H2="jdbc:h2:file:./data/mpi;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;LOCK_TIMEOUT=10000;CACHE_SIZE=1048576;QUERY_CACHE_SIZE=256;AUTO_COMPACT_FILL_RATE=0"
if [ ! -f "$WORK/store/data/mpi.mv.db" ]; then
  echo "no store yet: building it with ingest-1m-h2.sh's first step" >&2
  mkdir -p "$WORK" && (cd "$WORK" \
    && java -jar "$MPI" generate --persons 625000 --seed 1 --profile typical --out gen \
    && head -n 1000001 gen/records.csv > load.csv \
    && (head -n 1 gen/records.csv; tail -n +1000002 gen/records.csv | head -n 14000) > ingest.csv \
    && (head -n 1 gen/records.csv; tail -n +1014002 gen/records.csv) > jit-warm.csv \
    && rm -rf store && mkdir store && (cd store && MPI_DB_URL="$H2" java -jar "$MPI" load --input ../load.csv))
fi
cd "$WORK"
if [ ! -f gen2/records.csv ]; then
  java -jar "$MPI" generate --persons 50000 --seed 2 --profile typical --out gen2 > /dev/null
fi
(head -n 1 ingest.csv; sed -n "2,$(( WARMUP * 1000 + 1 ))p" gen2/records.csv; tail -n +2 ingest.csv;
  tail -n +2 jit-warm.csv) > probes.csv
rm -rf run && cp -r store run && cd run
MPI_DB_URL="$H2" "$JAVA" "$@" -jar "$MPI" loadtest --input ../probes.csv --in-process --rate 1000 --duration 10 \
  --warmup "$WARMUP"

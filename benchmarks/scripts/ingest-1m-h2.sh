#!/usr/bin/env bash
# HTTP ingest at a fixed rate against a bulk-loaded store of 1,000,000 records on the H2 file database
# (BENCHMARKS.md "Service", docs/service.md "Measuring section 6"). Run from the repository root after
# `mvn -B clean package -DskipTests`, on a quiet machine.
#
#   benchmarks/scripts/ingest-1m-h2.sh [RATE] [SECONDS] [java options for the service...]
#   e.g. MPI_WORKER_THREADS=4 MPI_DB_POOL_SIZE=4 benchmarks/scripts/ingest-1m-h2.sh 200 60 -Xlog:gc:file=gc.log
#   INGEST=ingest-long.csv ... 200 240 ...   (another file of new records in $WORK, for runs longer than 70 s)
#   STORE=mariadb ...   (the MariaDB server at 127.0.0.1:3306 instead, database mpi_bench_1m, loaded afresh each run)
#   JIT_WARMUP=80 ...   (seconds of JIT warm-up at 100/s before the run, default 30; jit-warm.csv holds 8,406 records)
#
# The first run generates the data and bulk-loads it into $WORK/store (minutes); every run then starts
# the service on a fresh copy of that store, warms the JIT with JIT_WARMUP (30) s of other new records at 100/s,
# measures RATE/s for SECONDS (+10 s warm-up) with `mpi loadtest` (open model), and prints the
# service's CPU seconds during the measured part. JAVA picks the JVM (default: java on PATH).
set -euo pipefail
RATE=${1:-200}; SECONDS_=${2:-60}; shift $(( $# >= 2 ? 2 : $# ))
MPI=$(pwd)/mpi-service/target/mpi-service-0.1.0-SNAPSHOT.jar
WORK=${WORK:-/tmp/mpi-bench-1m}
JAVA=${JAVA:-java}
DB_URL=${H2_URL:-"jdbc:h2:file:./data/mpi;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;LOCK_TIMEOUT=10000;CACHE_SIZE=1048576;QUERY_CACHE_SIZE=256;AUTO_COMPACT_FILL_RATE=0"}
mkdir -p "$WORK" && cd "$WORK"
if [ ! -f store/data/mpi.mv.db ]; then
  java -jar "$MPI" generate --persons 625000 --seed 1 --profile typical --out gen
  head -n 1000001 gen/records.csv > load.csv
  (head -n 1 gen/records.csv; tail -n +1000002 gen/records.csv | head -n 14000) > ingest.csv
  (head -n 1 gen/records.csv; tail -n +1014002 gen/records.csv) > jit-warm.csv
  rm -rf store && mkdir store && (cd store && MPI_DB_URL="$DB_URL" java -jar "$MPI" load --input ../load.csv)
fi
if [ "${STORE:-h2}" = mariadb ]; then
  # MariaDB at 127.0.0.1:3306 (root, no password): the same 1,000,000 records bulk-loaded into a fresh
  # database for every run (a copied H2 file is not possible here, and a run's records must be new)
  mariadb -h 127.0.0.1 -u root -e 'DROP DATABASE IF EXISTS mpi_bench_1m; CREATE DATABASE mpi_bench_1m CHARACTER SET utf8mb4'
  export MICRONAUT_ENVIRONMENTS=mariadb
  DB_URL=jdbc:mariadb://127.0.0.1:3306/mpi_bench_1m
  rm -rf run-mariadb && mkdir run-mariadb && cd run-mariadb
  MPI_DB_URL="$DB_URL" java -jar "$MPI" load --input ../load.csv | tail -n 2
else
  rm -rf run && cp -r store run && cd run
fi
MPI_DB_URL="$DB_URL" "$JAVA" "$@" -jar "$MPI" serve > serve.log 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -s --max-time 2 localhost:8080/health | grep -q UP && break; kill -0 $SERVICE 2>/dev/null || break; sleep 1; done
curl -s --max-time 2 localhost:8080/health | grep -q UP || { echo "the service did not start:"; tail -5 serve.log; exit 1; }
java -jar "$MPI" loadtest --input ../jit-warm.csv --url http://localhost:8080 --rate 100 --duration "${JIT_WARMUP:-30}" --warmup 0 > /dev/null
cpu() { awk '{print ($14 + $15) / 100}' /proc/$SERVICE/stat; }
# CPU ticks per thread, by thread name with its numbers dropped ("io-executor-thread-3" -> "io-executor-thread-N")
threads() { for t in /proc/$SERVICE/task/*; do echo "$(sed 's/[0-9]\+/N/g; s/ /_/g' $t/comm) $(awk '{print $14 + $15}' $t/stat)"; done \
  | awk '{ticks[$1] += $2} END {for (n in ticks) print n, ticks[n]}' | sort; }
threads > threads.before
steal() { awk '/^cpu / {print $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9}' /proc/stat; }
STEAL=$(steal)
BEFORE=$(cpu)
java -jar "$MPI" loadtest --input "../${INGEST:-ingest.csv}" --url http://localhost:8080 --rate "$RATE" --duration "$SECONDS_" --warmup 10
echo "service CPU during the measured run: $(echo "$(cpu) - $BEFORE" | bc) s for $(( RATE * (SECONDS_ + 10) )) requests; by thread:"
echo "$STEAL $(steal)" | awk '{printf "CPU stolen by the host (a virtual machine'"'"'s neighbours) during the run: %.1f %%\n", 100 * ($3 - $1) / ($4 - $2)}'
threads | join -a 1 - threads.before | awk '{d = ($2 - ($3 == "" ? 0 : $3)) / 100; if (d >= 0.5) printf "  %-32s %6.1f s\n", $1, d}' | sort -k2 -n -r

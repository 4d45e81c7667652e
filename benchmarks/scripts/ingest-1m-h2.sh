#!/usr/bin/env bash
# HTTP ingest at a fixed rate against a bulk-loaded store of 1,000,000 records on the H2 file database
# (BENCHMARKS.md "Service", docs/service.md "Measuring section 6"). Run from the repository root after
# `mvn -B clean package -DskipTests`, on a quiet machine.
#
#   benchmarks/scripts/ingest-1m-h2.sh [RATE] [SECONDS] [java options for the service...]
#   e.g. MPI_WORKER_THREADS=4 MPI_DB_POOL_SIZE=4 benchmarks/scripts/ingest-1m-h2.sh 200 60 -Xlog:gc:file=gc.log
#   INGEST=ingest-long.csv ... 200 240 ...   (another file of new records in $WORK, for runs longer than 70 s)
#
# The first run generates the data and bulk-loads it into $WORK/store (minutes); every run then starts
# the service on a fresh copy of that store, warms the JIT with 30 s of other new records at 100/s,
# measures RATE/s for SECONDS (+10 s warm-up) with `mpi loadtest` (open model), and prints the
# service's CPU seconds during the measured part. JAVA picks the JVM (default: java on PATH).
set -euo pipefail
RATE=${1:-200}; SECONDS_=${2:-60}; shift $(( $# >= 2 ? 2 : $# ))
MPI=$(pwd)/mpi-service/target/mpi-service-0.1.0-SNAPSHOT.jar
WORK=${WORK:-/tmp/mpi-bench-1m}
JAVA=${JAVA:-java}
H2="jdbc:h2:file:./data/mpi;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;LOCK_TIMEOUT=10000;CACHE_SIZE=1048576;QUERY_CACHE_SIZE=256;AUTO_COMPACT_FILL_RATE=0"
mkdir -p "$WORK" && cd "$WORK"
if [ ! -f store/data/mpi.mv.db ]; then
  java -jar "$MPI" generate --persons 625000 --seed 1 --profile typical --out gen
  head -n 1000001 gen/records.csv > load.csv
  (head -n 1 gen/records.csv; tail -n +1000002 gen/records.csv | head -n 14000) > ingest.csv
  (head -n 1 gen/records.csv; tail -n +1014002 gen/records.csv) > jit-warm.csv
  rm -rf store && mkdir store && (cd store && MPI_DB_URL="$H2" java -jar "$MPI" load --input ../load.csv)
fi
rm -rf run && cp -r store run && cd run
MPI_DB_URL="$H2" "$JAVA" "$@" -jar "$MPI" serve > serve.log 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -s localhost:8080/health | grep -q UP && break; sleep 1; done
java -jar "$MPI" loadtest --input ../jit-warm.csv --url http://localhost:8080 --rate 100 --duration 30 --warmup 0 > /dev/null
cpu() { awk '{print ($14 + $15) / 100}' /proc/$SERVICE/stat; }
BEFORE=$(cpu)
java -jar "$MPI" loadtest --input "../${INGEST:-ingest.csv}" --url http://localhost:8080 --rate "$RATE" --duration "$SECONDS_" --warmup 10
echo "service CPU during the measured run: $(echo "$(cpu) - $BEFORE" | bc) s for $(( RATE * (SECONDS_ + 10) )) requests"

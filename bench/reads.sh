#!/usr/bin/env bash
# Read time of every list at scale (issue 13): starts Otinish on a schema made by bench/generate.sh,
# measures each list's page over loopback and the raw SQL of its query alternately, writes
# bench/results-reads.md, stops the application.
#   bash bench/reads.sh
# Environment: BENCH_DB_URL, BENCH_DB_SCHEMA, BENCH_DB_USER, BENCH_DB_PASSWORD and BENCH_PASSWORD as for
# bench/generate.sh; BENCH_RUNS (default 200) and BENCH_WARMUP (default 30) rounds per list;
# BENCH_PORT (default 18080).
set -euo pipefail
cd "$(dirname "$0")/.."
URL="${BENCH_DB_URL:-jdbc:postgresql://127.0.0.1:5432/test}"
SCHEMA="${BENCH_DB_SCHEMA:-otinish_bench}"
DB_USER="${BENCH_DB_USER:-postgres}"
PASSWORD="${BENCH_PASSWORD:-otinish-bench-2026}"
PORT="${BENCH_PORT:-18080}"
sep='?'; [[ "$URL" == *\?* ]] && sep='&'
APP_URL="${URL}${sep}currentSchema=${SCHEMA}"

./mvnw -q -B -Dspring-javaformat.skip=true test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

OTINISH_DB_URL="$APP_URL" OTINISH_DB_USER="$DB_USER" OTINISH_DB_PASSWORD="${BENCH_DB_PASSWORD:-}" \
  java -Xmx512m -cp "target/classes:$(cat target/bench-classpath.txt)" kz.otinish.OtinishApplication \
    --spring.profiles.active=postgres --server.port="$PORT" --spring.flyway.schemas="$SCHEMA" \
    --otinish.clock.cron=- --otinish.retention.cron=- > target/bench-reads-app.log 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  kill -0 "$app" 2>/dev/null || { echo "the application stopped; see target/bench-reads-app.log" >&2; exit 1; }
  curl -fsS "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && break
  sleep 2
done

java -cp "$CP" -Dbench.db.url="$URL" -Dbench.db.schema="$SCHEMA" -Dbench.db.user="$DB_USER" \
  -Dbench.db.password="${BENCH_DB_PASSWORD:-}" -Dbench.password="$PASSWORD" \
  -Dbench.runs="${BENCH_RUNS:-200}" -Dbench.warmup="${BENCH_WARMUP:-30}" \
  kz.otinish.appeal.ListReadsBenchmark "http://127.0.0.1:$PORT" bench/results-reads.md
echo "wrote bench/results-reads.md"

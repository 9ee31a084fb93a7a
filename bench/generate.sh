#!/usr/bin/env bash
# Generates a PostgreSQL schema with N realistic appeals for the benchmarks (bench/README.md).
#   bash bench/generate.sh [count]            # count defaults to 1000000
# Environment (defaults in brackets):
#   BENCH_DB_URL       JDBC URL of the database [jdbc:postgresql://127.0.0.1:5432/test]
#   BENCH_DB_SCHEMA    schema to (re)create; it is DROPPED first [otinish_bench]
#   BENCH_DB_USER      [postgres]   BENCH_DB_PASSWORD   [empty]
#   BENCH_PASSWORD     password of every generated account [otinish-bench-2026]
# The schema is migrated by the application's own Flyway migrations (the app starts once with the
# postgres profile, creates the bootstrap administrator, loads the organization and calendar, and
# is stopped), then filled with set-based SQL (bench/generate.sql). Prints the counts at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT="${1:-1000000}"
URL="${BENCH_DB_URL:-jdbc:postgresql://127.0.0.1:5432/test}"
SCHEMA="${BENCH_DB_SCHEMA:-otinish_bench}"
DB_USER="${BENCH_DB_USER:-postgres}"
export PGPASSWORD="${BENCH_DB_PASSWORD:-}"
PASSWORD="${BENCH_PASSWORD:-otinish-bench-2026}"
[[ "$COUNT" =~ ^[0-9]+$ && "$COUNT" -ge 100 ]] || { echo "count must be a number >= 100" >&2; exit 2; }
[[ "$SCHEMA" =~ ^[a-z_][a-z0-9_]*$ && "$SCHEMA" != public ]] || { echo "BENCH_DB_SCHEMA must be a plain lower-case name other than public" >&2; exit 2; }
# jdbc:postgresql://host:port/db?params -> psql connection
rest="${URL#jdbc:postgresql://}"; hostport="${rest%%/*}"; dbq="${rest#*/}"; DB="${dbq%%\?*}"
HOST="${hostport%%:*}"; PORT=5432; [[ "$hostport" == *:* ]] && PORT="${hostport##*:}"
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$HOST" -p "$PORT" -U "$DB_USER" -d "$DB")
sep='?'; [[ "$URL" == *\?* ]] && sep='&'
APP_URL="${URL}${sep}currentSchema=${SCHEMA}"

if [[ ! -f target/classes/kz/otinish/OtinishApplication.class || ! -s target/bench-classpath.txt ]]; then
  ./mvnw -q -B -Dspring-javaformat.skip=true compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
fi

start=$(date +%s)
echo "[generate] (re)creating schema $SCHEMA"
"${PSQL[@]}" -c "set client_min_messages = warning" -c "drop schema if exists \"$SCHEMA\" cascade" -c "create schema \"$SCHEMA\""

echo "[generate] migrating with the application's Flyway migrations (one start, stopped once ready)"
OTINISH_DB_URL="$APP_URL" OTINISH_DB_USER="$DB_USER" OTINISH_DB_PASSWORD="${BENCH_DB_PASSWORD:-}" \
OTINISH_BOOTSTRAP_ADMIN_USERNAME=bench.admin OTINISH_BOOTSTRAP_ADMIN_PASSWORD="$PASSWORD" \
OTINISH_BOOTSTRAP_ADMIN_FULL_NAME='Бенчмарк Әкімші' \
  java -Xmx512m -cp "target/classes:$(cat target/bench-classpath.txt)" kz.otinish.OtinishApplication \
    --spring.profiles.active=postgres --server.port=0 --spring.flyway.schemas="$SCHEMA" \
    --otinish.clock.cron=- --otinish.retention.cron=- > target/bench-generate-app.log 2>&1 &
app=$!
# ready when the bootstrap administrator exists (created on ApplicationReadyEvent)
for _ in $(seq 1 300); do
  if ! kill -0 "$app" 2>/dev/null; then echo "the application stopped; see target/bench-generate-app.log" >&2; exit 1; fi
  if [[ "$("${PSQL[@]}" -Atc "select count(*) from \"$SCHEMA\".user_account where username = 'bench.admin'" 2>/dev/null)" == 1 ]]; then
    break
  fi
  sleep 2
done
kill "$app"; wait "$app" 2>/dev/null || true
[[ "$("${PSQL[@]}" -Atc "select count(*) from \"$SCHEMA\".user_account where username = 'bench.admin'")" == 1 ]] \
  || { echo "the application did not become ready in 10 minutes; see target/bench-generate-app.log" >&2; exit 1; }

echo "[generate] inserting $COUNT appeals"
"${PSQL[@]}" -v n="$COUNT" -v schema="$SCHEMA" -v admin=bench.admin -f bench/generate.sql
echo "[generate] done in $(( $(date +%s) - start )) s: schema $SCHEMA, every account's password is \$BENCH_PASSWORD"

#!/usr/bin/env bash
# Warm render time of one PDF document against a raw PostgreSQL baseline; writes bench/RESULTS.md.
# Needs PostgreSQL at 127.0.0.1:5432, database "test", user "postgres" (as `./mvnw verify -Ppostgres`).
# Override with BENCH_DB_URL, BENCH_DB_USER, BENCH_DB_PASSWORD; BENCH_RUNS (default 100).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -Djava.awt.headless=true \
  -Dbench.db.url="${BENCH_DB_URL:-jdbc:postgresql://127.0.0.1:5432/test}" \
  -Dbench.db.user="${BENCH_DB_USER:-postgres}" \
  -Dbench.db.password="${BENCH_DB_PASSWORD:-}" \
  -Dbench.runs="${BENCH_RUNS:-100}" \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  kz.otinish.documents.RenderBenchmark bench/RESULTS.md

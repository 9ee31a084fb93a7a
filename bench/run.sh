#!/usr/bin/env bash
# Otinish benchmark harness: one command, writes bench/RESULTS.md (see bench/README.md).
#
#   bash bench/run.sh
#
# Measures, each beside a raw PostgreSQL baseline measured in the same run:
#   1. start-up of the jar on PostgreSQL (to "Started", to /actuator/health/readiness UP), RSS idle;
#   2. registration (POST /api/v1/appeals) at 1, 4 and 16 clients, alternating with pgbench running
#      bench/registration.pgbench (the same rows in the same transactions), over several rounds:
#      rate, p50/p95, JVM CPU ms and database round trips per registration, RSS under load;
#   3. the warm rendering of two documents (kz.otinish.documents.RenderBenchmark);
#   4. the list reads at 1M appeals (bench/generate.sh and bench/reads.sh, when present).
# Everything is bounded in requests and time and talks to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

PGHOST=${BENCH_PG_HOST:-127.0.0.1}
PGPORT=${BENCH_PG_PORT:-5432}
PGUSER=${BENCH_PG_USER:-postgres}
export PGHOST PGPORT PGUSER
APP_DB=${BENCH_APP_DB:-otinish_bench}
RAW_DB=${BENCH_RAW_DB:-otinish_bench_raw}
PORT=${BENCH_PORT:-38471}
ROUNDS=${BENCH_ROUNDS:-3}
SECONDS_LIMIT=${BENCH_SECONDS:-60}
CLIENTS=${BENCH_CLIENTS:-"1 4 16"}
LAUNCH=${BENCH_LAUNCH:-script}
JAR=${BENCH_JAR:-target/otinish.jar}
WORK=${BENCH_WORK:-target/bench}
OUT=${BENCH_OUT:-bench/RESULTS.md}
ADMIN=bench.admin
PASSWORD='bench admin passphrase'
BASE=http://127.0.0.1:$PORT
COMMAND="bash bench/run.sh${*:+ $*}"
for name in BENCH_ROUNDS BENCH_SECONDS BENCH_CLIENTS BENCH_STARTS BENCH_LAUNCH BENCH_JAVA_OPTS BENCH_REUSE BENCH_SKIP_BUILD BENCH_SKIP_DOCUMENTS BENCH_SKIP_READS BENCH_READS_COUNT BENCH_READS_REUSE; do
  if [ -n "${!name:-}" ]; then COMMAND="$name='${!name}' $COMMAND"; fi
done

mkdir -p "$WORK"
rm -f "$WORK"/*.txt "$WORK"/*.log "$WORK"/pgbench_log* "$WORK"/*.md 2>/dev/null || true
SECTIONS="$WORK/sections.md"
: > "$SECTIONS"
APP_PID=""

say() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
psql_app() { psql -X -q -At -d "$APP_DB" "$@"; }
cleanup() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
  psql -X -q -d postgres -c "alter database $APP_DB reset log_statement" >/dev/null 2>&1 || true
}
trap cleanup EXIT

# ---------------------------------------------------------------- build
if [ -z "${BENCH_SKIP_BUILD:-}" ] || [ ! -f "$JAR" ]; then
  say "building the jar and the test classes"
  ./mvnw -B -ntp -q package -DskipTests
  ./mvnw -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
fi
# the application runs from a copy, so that a build during the run cannot change it under its feet
cp -p "$JAR" "$WORK/otinish.jar"
JAR=$WORK/otinish.jar
LOADER=(java src/test/java/kz/otinish/bench/RegistrationLoad.java)
if [ -z "${BENCH_SKIP_DOCUMENTS:-}" ] && { [ ! -f target/bench-classpath.txt ] || [ ! -d target/test-classes ]; }; then
  ./mvnw -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
fi

# ---------------------------------------------------------------- the application
start_app() { # $1: log file; sets APP_PID, STARTED_S, UP_S
  local log=$1 t0 now launch=${LAUNCH}
  if curl -s -o /dev/null "$BASE/" 2>/dev/null; then
    echo "port $PORT is taken by another process: set BENCH_PORT" >&2; exit 1
  fi
  t0=$(date +%s.%N)
  export OTINISH_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$APP_DB" OTINISH_DB_USER=$PGUSER OTINISH_DB_PASSWORD=${PGPASSWORD:-}
  export OTINISH_BOOTSTRAP_ADMIN_USERNAME=$ADMIN OTINISH_BOOTSTRAP_ADMIN_PASSWORD=$PASSWORD
  if [ "$launch" = script ] && [ -x bin/otinish ]; then
    OTINISH_JAR=$JAR OTINISH_JAVA_OPTS="${BENCH_JAVA_OPTS:-}" bin/otinish --spring.profiles.active=postgres \
      --server.port="$PORT" --management.endpoints.web.exposure.include=health,info,metrics,prometheus > "$log" 2>&1 &
  else
    # shellcheck disable=SC2086
    java ${BENCH_JAVA_OPTS:-} -jar "$JAR" --spring.profiles.active=postgres --server.port="$PORT" \
      --management.endpoints.web.exposure.include=health,info,metrics,prometheus > "$log" 2>&1 &
  fi
  APP_PID=$!
  UP_S=""
  for _ in $(seq 1 3000); do
    if curl -fs "$BASE/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
      now=$(date +%s.%N); UP_S=$(echo "$now - $t0" | bc); break
    fi
    kill -0 "$APP_PID" 2>/dev/null || { cat "$log" >&2; echo "the application stopped" >&2; exit 1; }
    sleep 0.1
  done
  [ -n "$UP_S" ] || { echo "not UP within 300 s" >&2; exit 1; }
  STARTED_S=$(grep -o 'process running for [0-9.]*' "$log" | head -1 | awk '{print $4}' || true)
  # the java process itself (the launch script may exec it)
  local child
  child=$(pgrep -P "$APP_PID" java || true)
  JAVA_PID=${child:-$APP_PID}
}
stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$JAVA_PID/status"; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$JAVA_PID/stat"; }
TICKS=$(getconf CLK_TCK)
metric() { # counter value from /actuator/metrics, empty when the metric does not exist
  curl -fs -u "$ADMIN:$PASSWORD" "$BASE/actuator/metrics/$1" 2>/dev/null \
    | grep -o '"statistic":"COUNT","value":[0-9.E+]*' | sed 's/.*://' | awk '{printf "%.0f", $1}' || true
}
drain() { # wait (at most 120 s) until the listeners have finished: receipts, notifications
  for _ in $(seq 1 240); do
    [ "$(psql_app -c 'select count(*) from event_publication where completion_date is null')" = 0 ] && return 0
    sleep 0.5
  done
  say "event publications still incomplete after 120 s"
}
# "count total" of a distribution summary of the registration endpoint (RequestCost), empty when
# the application does not have it
summary() {
  curl -fs -u "$ADMIN:$PASSWORD" "$BASE/actuator/metrics/$1?tag=endpoint:POST%20/api/v1/appeals" 2>/dev/null \
    | python3 -c 'import json, sys; m = {x["statistic"]: x["value"] for x in json.load(sys.stdin)["measurements"]}; print(int(m["COUNT"]), m["TOTAL"])' 2>/dev/null || true
}
# the mean per request between two readings of summary(), "-" when there is none
per_request() { echo "${1:-} ${2:-}" | awk 'NF == 4 && $3 > $1 { printf "%.2f", ($4 - $2) / ($3 - $1); next } { printf "-" }'; }
xacts() { psql -X -At -d postgres -c "select xact_commit + xact_rollback from pg_stat_database where datname = '$1'"; }

MACHINE_CORES=$(nproc)
MACHINE_MEM=$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)
MACHINE_CPU=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
JDK=$(java -version 2>&1 | head -1)
PGVERSION=$(psql -X -At -d postgres -c 'show server_version')
STARTED_AT=$(date -u '+%Y-%m-%d %H:%M UTC')
say "machine: $MACHINE_CORES cores, $MACHINE_MEM, $JDK, PostgreSQL $PGVERSION; load $(load)"

detect_auth() { # bearer tokens once the application issues them (BENCH_TOKEN_PATH, or a POST path with "token" in the API description)
  AUTH=session TOKEN_PATH=${BENCH_TOKEN_PATH:-}
  if [ -z "$TOKEN_PATH" ]; then
    TOKEN_PATH=$(curl -fs -u "$ADMIN:$PASSWORD" "$BASE/v3/api-docs" 2>/dev/null \
      | grep -o '"/api/v1/[^"]*token[^"]*"' | tr -d '"' | grep -v '{' | head -1 || true)
  fi
  if [ -n "$TOKEN_PATH" ]; then AUTH=bearer; fi
  say "authentication: $AUTH ${TOKEN_PATH}"
  LOAD_ARGS=(base="$BASE" users=bench.student password="$PASSWORD" auth="$AUTH" tokenPath="$TOKEN_PATH")
}

# ---------------------------------------------------------------- 1. first start, accounts, cost of one registration
if [ -z "${BENCH_REUSE:-}" ]; then
say "fresh database $APP_DB"
psql -X -q -d postgres -c "drop database if exists $APP_DB" -c "drop database if exists $RAW_DB" -c "create database $APP_DB"
# every statement of the first start's connections is logged, to count the round trips of a registration
psql -X -q -d postgres -c "alter database $APP_DB set log_statement = 'all'"
LOAD_FIRST=$(load)
start_app "$WORK/first-start.log"
FIRST_UP=$UP_S FIRST_STARTED=$STARTED_S
say "first start (migrations): Started ${FIRST_STARTED}s, UP ${FIRST_UP}s"
psql_app -c "insert into user_account (id, username, password_hash, full_name, role, school_code, email)
  select gen_random_uuid(), 'bench.student' || lpad(n::text, 2, '0'), a.password_hash, 'Бенчмарков Студент ' || n,
         'STUDENT', 'GM1', 'bench.student' || n || '@example.org'
  from user_account a, generate_series(1, 16) n where a.username = '$ADMIN'"

# bearer tokens once the application issues them (BENCH_TOKEN_PATH, or a POST path with "token" in the API description)
detect_auth

"${LOADER[@]}" "${LOAD_ARGS[@]}" clients=1 requests=20 seconds=60 > "$WORK/cost-warmup.txt"
drain
COST_N=20
PGLOG=$(ls -t /var/log/postgresql/postgresql-*.log 2>/dev/null | head -1 || true)
LOG_FROM=0
if [ -n "$PGLOG" ] && [ -r "$PGLOG" ]; then LOG_FROM=$(wc -l < "$PGLOG"); fi
M_TRIPS0=$(metric otinish.jdbc.round-trips); M_STMTS0=$(metric otinish.jdbc.statements)
X0=$(xacts "$APP_DB")
"${LOADER[@]}" "${LOAD_ARGS[@]}" clients=1 requests=$COST_N seconds=60 > "$WORK/cost.txt"
drain
sleep 11 # one audit seal interval, so that the sealing of these lines is counted too
X1=$(xacts "$APP_DB")
M_TRIPS1=$(metric otinish.jdbc.round-trips); M_STMTS1=$(metric otinish.jdbc.statements)
XACT_PER=$(echo "scale=1; ($X1 - $X0) / $COST_N" | bc)
TRIPS_SOURCE="" TRIPS_PER="" STMTS_PER=""
if [ -n "$M_TRIPS0" ] && [ -n "$M_TRIPS1" ]; then
  TRIPS_PER=$(echo "scale=1; ($M_TRIPS1 - $M_TRIPS0) / $COST_N" | bc)
  STMTS_PER=$(echo "scale=1; (${M_STMTS1:-0} - ${M_STMTS0:-0}) / $COST_N" | bc)
  TRIPS_SOURCE="the application's counters otinish.jdbc.round-trips and otinish.jdbc.statements (/actuator/metrics)"
elif [ "$LOG_FROM" != 0 ]; then
  tail -n +$((LOG_FROM + 1)) "$PGLOG" | grep "@$APP_DB " > "$WORK/statements.log" || true
  # executions and the pool's validation queries are round trips; pgjdbc sends BEGIN with the statement after it
  EXECS=$(grep -cE 'LOG:  execute ' "$WORK/statements.log" || true)
  PINGS=$(grep -cE 'LOG:  statement: $' "$WORK/statements.log" || true)
  TRIPS_PER=$(echo "scale=1; ($EXECS + $PINGS) / $COST_N" | bc)
  STMTS_PER=$(echo "scale=1; $(grep -cE 'LOG:  execute (<unnamed>|S_[0-9]+): [^C]' "$WORK/statements.log" || true) / $COST_N" | bc)
  TRIPS_SOURCE="PostgreSQL's log (log_statement=all on $APP_DB for this run only): executions and pool validations"
fi
psql -X -q -d postgres -c "alter database $APP_DB reset log_statement"
say "cost: $XACT_PER transactions, ${TRIPS_PER:-?} round trips per registration ($TRIPS_SOURCE)"
stop_app

# the baseline's database: the same schema and seed, without the application
psql -X -q -d postgres -c "create database $RAW_DB"
pg_dump -d "$APP_DB" | psql -X -q -d "$RAW_DB" > /dev/null
XR0=$(xacts "$RAW_DB")
pgbench -n -M prepared -f bench/registration.pgbench -c 1 -j 1 -t $COST_N "$RAW_DB" > /dev/null 2>&1
XR1=$(xacts "$RAW_DB")
RAW_XACT_PER=$(echo "scale=1; ($XR1 - $XR0) / $COST_N" | bc)
RAW_TRIPS=$(grep -cvE '^\s*(--|\\set|$)' bench/registration.pgbench)
echo "FIRST_STARTED=$FIRST_STARTED FIRST_UP=$FIRST_UP LOAD_FIRST='$LOAD_FIRST' XACT_PER=$XACT_PER TRIPS_PER=$TRIPS_PER STMTS_PER=$STMTS_PER RAW_XACT_PER=$RAW_XACT_PER TRIPS_SOURCE='$TRIPS_SOURCE'" > "$WORK/cost.env"
else
  # BENCH_REUSE: the databases and the cost of the previous run ($WORK/cost.env) are kept
  say "reusing $APP_DB, $RAW_DB and $WORK/cost.env"
  # shellcheck disable=SC1091
  . "$WORK/cost.env"
  RAW_TRIPS=$(grep -cvE '^\s*(--|\\set|$)' bench/registration.pgbench)
fi

# ---------------------------------------------------------------- 2. restart on the migrated database
if [ -x bin/otinish ] && { [ -z "${BENCH_REUSE:-}" ] || [ ! -f "$WORK/otinish-app/otinish.jsa" ]; }; then
  say "training the class data sharing archive (bin/otinish cds)"
  export OTINISH_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$APP_DB" OTINISH_DB_USER=$PGUSER OTINISH_DB_PASSWORD=${PGPASSWORD:-}
  CDS_T0=$(date +%s)
  OTINISH_JAR=$JAR bin/otinish cds --spring.profiles.active=postgres > "$WORK/cds.log" 2>&1 || say "training failed: see $WORK/cds.log"
  CDS_S=$(( $(date +%s) - CDS_T0 ))
  export CDS_S
fi
sleep 5
LOAD_START=$(load)
start_app "$WORK/start.log"
sleep 10
RSS_IDLE=$(rss_mb)
say "restart: Started ${STARTED_S}s, UP ${UP_S}s, RSS idle ${RSS_IDLE} MB"
detect_auth

# ---------------------------------------------------------------- 3. registration rounds
say "warm-up: 200 registrations at 4 clients"
"${LOADER[@]}" "${LOAD_ARGS[@]}" clients=4 requests=200 seconds=120 > "$WORK/warmup.txt"
drain
RSS_MAX=0
sample_rss() { while kill -0 "$JAVA_PID" 2>/dev/null; do { rss_mb; echo; } >> "$WORK/rss.txt" 2>/dev/null; sleep 0.5; done; }
sample_rss & SAMPLER=$!
ROWS="$WORK/rows.txt"
: > "$ROWS"
for round in $(seq 1 "$ROUNDS"); do
  for c in $CLIENTS; do
    n=$((c * 40 > 100 ? c * 40 : 100)); n=$((n > 640 ? 640 : n))
    l=$(load)
    t0=$(cpu_ticks)
    q0=$(summary otinish.request.cpu); r0=$(summary otinish.jdbc.request.round-trips)
    line=$("${LOADER[@]}" "${LOAD_ARGS[@]}" clients="$c" requests="$n" seconds="$SECONDS_LIMIT")
    q1=$(summary otinish.request.cpu); r1=$(summary otinish.jdbc.request.round-trips)
    drain
    t1=$(cpu_ticks)
    done_n=$(echo "$line" | sed 's/.*requests=\([0-9]*\).*/\1/')
    cpu=$(echo "scale=2; ($t1 - $t0) * 1000 / $TICKS / $((done_n > 0 ? done_n : 1))" | bc)
    # in the request alone: the request thread's CPU and round trips (RequestCost's summaries)
    line="$line reqcpu=$(per_request "$q0" "$q1") reqtrips=$(per_request "$r0" "$r1")"
    echo "app $round $c $l $cpu $line" >> "$ROWS"
    say "round $round app c=$c: $line cpu=${cpu}ms load=$l"
    l=$(load)
    rm -f "$WORK"/pgbench_log*
    pgbench -n -M prepared -f bench/registration.pgbench -c "$c" -j "$((c > 2 ? 2 : c))" -t "$(( (n + c - 1) / c ))" \
      -l --log-prefix="$WORK/pgbench_log" "$RAW_DB" > "$WORK/pgbench.txt" 2>&1
    tps=$(grep -o 'tps = [0-9.]*' "$WORK/pgbench.txt" | awk '{print $3}' || true)
    pct=$(cat "$WORK"/pgbench_log* | awk '{print $3 / 1000}' | sort -n | awk '{a[NR]=$1} END {i50=int(NR*0.5+0.5); i95=int(NR*0.95+0.5); if (i50<1) i50=1; if (i95<1) i95=1; printf "p50=%.1f p95=%.1f", a[i50], a[i95]}')
    echo "raw $round $c $l - rate=$tps $pct" >> "$ROWS"
    say "round $round raw c=$c: tps=$tps $pct load=$l"
  done
done
kill "$SAMPLER" 2>/dev/null || true
RSS_MAX=$(grep -v '^$' "$WORK/rss.txt" | sort -n | tail -1 || true)
stop_app

# ---------------------------------------------------------------- 4. start-up: plain java -jar against the launch script
STARTS="$WORK/starts.txt"
: > "$STARTS"
# the restart of step 2 is the goal's figure: these starts must not overwrite it
RESTART_UP=$UP_S RESTART_STARTED=$STARTED_S
if [ -x bin/otinish ]; then
  for i in $(seq 1 "${BENCH_STARTS:-2}"); do
    for mode in plain script; do
      sleep 3
      l=$(load)
      LAUNCH=$mode start_app "$WORK/start-$mode-$i.log"
      sleep 10
      echo "$mode $i $l $STARTED_S $UP_S $(rss_mb)" >> "$STARTS"
      say "start $mode $i: Started ${STARTED_S}s, UP ${UP_S}s, RSS $(rss_mb) MB, load $l"
      stop_app
    done
  done
fi
UP_S=$RESTART_UP STARTED_S=$RESTART_STARTED

# ---------------------------------------------------------------- 5. documents
DOCS="$WORK/documents.md"
if [ -z "${BENCH_SKIP_DOCUMENTS:-}" ]; then
  say "documents"
  java -Djava.awt.headless=true -Dbench.db.url="jdbc:postgresql://$PGHOST:$PGPORT/$RAW_DB" -Dbench.db.user="$PGUSER" \
    -Dbench.db.password="${PGPASSWORD:-}" -Dbench.runs="${BENCH_RUNS:-100}" \
    -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    kz.otinish.documents.RenderBenchmark "$DOCS" > "$WORK/documents.log" 2>&1 \
    || echo "not measured: documents (the benchmark failed, see target/bench/documents.log)" > "$DOCS"
else
  echo "not measured: documents (BENCH_SKIP_DOCUMENTS)" > "$DOCS"
fi

# ---------------------------------------------------------------- 6. reads at 1M
READS="$WORK/reads.md"
if [ -n "${BENCH_SKIP_READS:-}" ]; then
  echo "not measured: the reads at 1M (BENCH_SKIP_READS)." > "$READS"
elif [ -x bench/generate.sh ] && [ -x bench/reads.sh ]; then
  export BENCH_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/${BENCH_READS_DB:-test}" BENCH_DB_SCHEMA=${BENCH_READS_SCHEMA:-otinish_reads}
  l=$(load)
  generated=$(psql -X -Atq -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d "${BENCH_READS_DB:-test}" \
    -c "select count(*) from $BENCH_DB_SCHEMA.appeal" 2>/dev/null || echo 0)
  if [ -n "${BENCH_READS_REUSE:-}" ] && [ "${generated:-0}" -ge "${BENCH_READS_COUNT:-1000000}" ]; then
    say "reads: reusing the $generated appeals of schema $BENCH_DB_SCHEMA (BENCH_READS_REUSE)"
  else
    say "reads: generating ${BENCH_READS_COUNT:-1000000} appeals"
    bench/generate.sh "${BENCH_READS_COUNT:-1000000}" > "$WORK/generate.log" 2>&1
  fi
  say "reads: measuring the lists"
  bench/reads.sh > "$WORK/reads.log" 2>&1
  { echo "Load average before: $l."; echo; sed 's/^#/###/' bench/results-reads.md; } > "$READS"
else
  echo "not measured: the reads at 1M (bench/generate.sh and bench/reads.sh are not in this tree yet)." > "$READS"
fi

# ---------------------------------------------------------------- RESULTS.md
say "writing $OUT"
AUTH_TEXT="a session cookie (signed in once per client on the form, CSRF token in X-CSRF-TOKEN): the application issues no API tokens yet"
[ "$AUTH" = bearer ] && AUTH_TEXT="bearer tokens from \`POST $TOKEN_PATH\`, read once per client"
export ROUNDS OUT STARTED_AT COMMAND MACHINE_CORES MACHINE_MEM MACHINE_CPU JDK PGVERSION LOAD_FIRST LOAD_START FIRST_UP FIRST_STARTED \
  UP_S STARTED_S RSS_IDLE RSS_MAX XACT_PER RAW_XACT_PER TRIPS_PER STMTS_PER TRIPS_SOURCE RAW_TRIPS AUTH_TEXT LAUNCH \
  ROWS DOCS READS STARTS
python3 bench/report.py
say "done"

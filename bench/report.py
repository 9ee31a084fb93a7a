"""Writes bench/RESULTS.md from what bench/run.sh measured (its environment and files)."""

import os
import re
import statistics

E = os.environ


def f(name, default=""):
    return E.get(name, default) or default


def num(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def fields(line):
    return dict(re.findall(r"(\w+)=([^\s]+)", line))


runs = []  # (kind, round, clients, load, cpu, fields)
with open(f("ROWS")) as rows:
    for line in rows:
        parts = line.split()
        if len(parts) < 8:
            continue
        kind, rnd, clients = parts[0], int(parts[1]), int(parts[2])
        load = " ".join(parts[3:6])
        cpu = parts[6]
        runs.append((kind, rnd, clients, load, cpu, fields(" ".join(parts[7:]))))


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def fmt(value, digits=1):
    return "—" if value is None else f"{value:.{digits}f}"


clients_levels = sorted({r[2] for r in runs})
summary = {}
for c in clients_levels:
    for kind in ("app", "raw"):
        sel = [r for r in runs if r[0] == kind and r[2] == c]
        summary[(kind, c)] = {
            "rate": median([num(r[5].get("rate")) for r in sel]),
            "p50": median([num(r[5].get("p50")) for r in sel]),
            "p95": median([num(r[5].get("p95")) for r in sel]),
            "cpu": median([num(r[4]) for r in sel]),
            "reqcpu": median([num(r[5].get("reqcpu")) for r in sel]),
            "reqtrips": median([num(r[5].get("reqtrips")) for r in sel]),
            "failures": sum(int(r[5].get("failures", 0)) for r in sel),
            "requests": sum(int(r[5].get("requests", 0)) for r in sel),
        }

out = []
w = out.append
w("# Otinish benchmark")
w("")
w(f"Produced by `{f('COMMAND')}` on {f('STARTED_AT')} (bench/README.md says what it needs and how long it takes).")
w("")
w("## Machine")
w("")
w(f"- {f('MACHINE_CORES')} cores ({f('MACHINE_CPU')}), {f('MACHINE_MEM')} memory, shared with other work: "
  "every figure has the load average (1, 5, 15 min) read just before it, and the application and the "
  "baseline alternate in every round so that both see the same neighbours. Treat single figures as noisy.")
w(f"- JDK: {f('JDK')}")
w(f"- PostgreSQL {f('PGVERSION')} on 127.0.0.1 (client and server on the same machine)")
w(f"- the application: `target/otinish.jar`, profile `postgres`, own database; launched with "
  f"{'`bin/otinish` (its JVM options)' if f('LAUNCH') == 'script' else 'plain `java -jar`'}"
  f"{' plus `' + f('BENCH_JAVA_OPTS') + '`' if f('BENCH_JAVA_OPTS') else ''}")
w("")

goals = []


def goal(what, value, target, better, unit, note=""):
    if value is None:
        goals.append((what, "not measured", f"{target} {unit}", "—" + (f" ({note})" if note else "")))
        return
    ok = value <= target if better == "low" else value >= target
    if ok:
        verdict = "met"
    elif better == "low":
        verdict = f"missed by {value - target:.1f} {unit} ({value / target:.1f}× the goal)"
    else:
        verdict = f"missed by {target - value:.2f} {unit} ({value / target * 100:.0f}% of the goal)"
    goals.append((what, f"{value:.2f} {unit}" if unit != "MB" else f"{value:.0f} MB",
                  f"{'≤' if better == 'low' else '≥'} {target} {unit}", verdict + (f"; {note}" if note else "")))


top = max(clients_levels) if clients_levels else None
ratio = None
if top is not None and summary[("app", top)]["rate"] and summary[("raw", top)]["rate"]:
    ratio = summary[("app", top)]["rate"] / summary[("raw", top)]["rate"]
goal(f"registrations/s at {top} clients as a share of raw PostgreSQL", ratio, 0.5, "high", "×")
goal("JVM CPU per registration in the request", summary.get(("app", top), {}).get("reqcpu") if top else None, 5,
     "low", "ms", f"median at {top} clients: the CPU time of the thread that served the request")
whole_cpu = summary.get(("app", top), {}).get("cpu") if top else None
goals.append(("JVM CPU per registration, all of it", "—" if whole_cpu is None else f"{whole_cpu:.2f} ms", "—",
              f"median at {top} clients: the whole process until the listeners are done (the receipt PDF, the "
              "applicant's notice, the audit seal), garbage collection and compilation included"))
goal("database round trips per registration in the request",
     summary.get(("app", top), {}).get("reqtrips") if top else None, 8, "low", "", f"median at {top} clients")
goals.append(("database round trips per registration, listeners included", f("TRIPS_PER", "—"), "—",
              "one client, after the first start (see “Cost of one registration”)"))
goal("start-up to readiness UP (restart on a migrated database)", num(f("UP_S")), 8, "low", "s")
goal("RSS under load", num(f("RSS_MAX")), 512, "low", "MB")
goals.append(("list reads p95 at 1M appeals", "see “Reads at 1M”", "≤ 50 ms",
              "see below" if "not measured" not in open(f("READS")).read() else "not measured"))

w("## Goals (issue 13)")
w("")
w("| goal | measured | target | verdict |")
w("| --- | ---: | ---: | --- |")
for g in goals:
    w(f"| {g[0]} | {g[1]} | {g[2]} | {g[3]} |")
w("")

w("## Registration: `POST /api/v1/appeals` against raw PostgreSQL")
w("")
w(f"Each client is its own student account, authenticated with {f('AUTH_TEXT')}. "
  f"The baseline is `pgbench -M prepared -f bench/registration.pgbench` on a copy of the application's "
  f"database ({f('RAW_TRIPS')} statements in 10 transactions per registration: filing, the three listeners' claims and "
  f"completions, notification, receipt with its audit line, sealing of the audit lines; see bench/README.md). "
  f"Requests per run: 40 per client (100 to 640), each run at most {E.get('BENCH_SECONDS', '60')} s; "
  f"{f('ROUNDS')} rounds, app then baseline at each level; JVM CPU is the utime+stime of the Java process over the run "
  f"until every event publication is complete (so the receipt PDF, the notification and the audit seal are "
  f"counted), divided by the registrations. \"In the request\" is the mean over the run of what the application "
  f"measures for each `POST /api/v1/appeals` itself (`otinish.request.cpu`, `otinish.jdbc.request.round-trips`: "
  f"the thread that served it, from the first filter to the response; docs/operations.md, \"Registration cost\").")
w("")
w("Medians over the rounds:")
w("")
w("| clients | app reg/s | raw reg/s | app ÷ raw | app p50 ms | app p95 ms | raw p50 ms | raw p95 ms | JVM CPU ms/reg | in the request: CPU ms | in the request: round trips | failures |")
w("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
for c in clients_levels:
    a, r = summary[("app", c)], summary[("raw", c)]
    share = a["rate"] / r["rate"] if a["rate"] and r["rate"] else None
    w(f"| {c} | {fmt(a['rate'])} | {fmt(r['rate'])} | {fmt(share, 2)} | {fmt(a['p50'])} | {fmt(a['p95'])} | "
      f"{fmt(r['p50'])} | {fmt(r['p95'])} | {fmt(a['cpu'])} | {fmt(a['reqcpu'], 2)} | {fmt(a['reqtrips'])} | "
      f"{a['failures']} |")
w("")
w("Every run:")
w("")
w("| round | clients | what | load before | reg/s | p50 ms | p95 ms | JVM CPU ms/reg | registrations |")
w("| ---: | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: |")
for kind, rnd, c, load, cpu, fl in runs:
    w(f"| {rnd} | {c} | {'app' if kind == 'app' else 'raw PostgreSQL'} | {load} | {fl.get('rate', '—')} | "
      f"{fl.get('p50', '—')} | {fl.get('p95', '—')} | {cpu} | {fl.get('requests', '—') if kind == 'app' else '—'} |")
w("")
w("## Cost of one registration")
w("")
w("Twenty registrations by one client after twenty of warm-up, on the first start, listeners and one audit seal included:")
w("")
w("| what | app | raw PostgreSQL |")
w("| --- | ---: | ---: |")
w(f"| transactions (pg_stat_database xact_commit + xact_rollback) | {f('XACT_PER', '—')} | {f('RAW_XACT_PER', '—')} |")
trips_note = f(" ({})".format(f('TRIPS_SOURCE'))) if f('TRIPS_SOURCE') else " (not measured: neither the application's counter nor a readable PostgreSQL log)"
w(f"| round trips{trips_note} | {f('TRIPS_PER', '—')} | {f('RAW_TRIPS')} |")
w(f"| statements | {f('STMTS_PER', '—')} | {f('RAW_TRIPS')} (BEGIN and COMMIT included) |")
w("")
w("## Start-up and memory")
w("")
w(f"- first start on an empty database (39 migrations): Started after {f('FIRST_STARTED', '—')} s, "
  f"readiness UP after {f('FIRST_UP', '—')} s (load {f('LOAD_FIRST')})")
w(f"- restart on the migrated database: Started after {f('STARTED_S', '—')} s, readiness UP after {f('UP_S', '—')} s "
  f"(load {f('LOAD_START')}); RSS 10 s after UP {f('RSS_IDLE', '—')} MB, largest RSS during the rounds {f('RSS_MAX', '—')} MB")
w("")
starts = [line.split() for line in open(f("STARTS"))] if os.path.exists(f("STARTS")) else []
if starts:
    w("Plain `java -jar target/otinish.jar` (no options) against `bin/otinish` (its JVM options and class data sharing "
      "archive), alternating, each a restart on the migrated database:")
    w("")
    w("| launch | try | load before | Started s | UP s | RSS 10 s after UP, MB |")
    w("| --- | ---: | --- | ---: | ---: | ---: |")
    for s in starts:
        w(f"| {'`java -jar`' if s[0] == 'plain' else '`bin/otinish`'} | {s[1]} | {' '.join(s[2:5])} | {s[5]} | {s[6]} | {s[7]} |")
    w("")
w("## Documents")
w("")
docs = open(f("DOCS")).read().strip().splitlines()
w("\n".join(re.sub(r"^# ", "### ", line) for line in docs if not line.startswith("# Documents benchmark")).strip())
w("")
w("## Reads at 1M")
w("")
w(open(f("READS")).read().strip())
w("")
# the reading of the figures is written by hand after a run (bench/findings.md): why a goal is
# missed, what changed since the previous run, what to do next
if os.path.exists("bench/findings.md"):
    w(open("bench/findings.md").read().strip())
    w("")

with open(f("OUT"), "w") as result:
    result.write("\n".join(out))

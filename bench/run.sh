#!/usr/bin/env bash
# Builds the bench module and runs the full JMH suite (issue 9's benchmarks, B5, and issue 19's
# B8 and B9), every benchmark with its baselines in the same run, then the heap footprints, then
# prints the table of ratios that docs/PERFORMANCE.md records. Over an hour on 2 cores (B9 stores
# a month of 10M lines per fork); the B1-B3 forks take -Xmx14g, so run it on an otherwise idle
# machine with 16 GiB free. CI never runs this: `mvn verify` runs the smoke test (every benchmark
# once on 10,000 lines) instead.
#
# The database benchmarks (B8, B9) run on H2 and on PostgreSQL: the server named by
# PARTNERBILL_PG_URL / _USER / _PASSWORD if they are set, else a throw-away one that this script
# starts with .ci/postgres.sh and stops when it ends (however it ends).
#
# Usage: bench/run.sh                   the full suite
#        bench/run.sh BillBench -prof gc  any JMH options instead (then no footprint run)
# Results: bench/results/<UTC time>/{machine.txt,jmh.json,jmh.log,footprint.txt,report.md}
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${PARTNERBILL_PG_URL:-}" ]; then
  # Its own state file, so that a server started for the tests (target/postgres.env) is left alone.
  export PARTNERBILL_PG_STATE="$PWD/bench/target/postgres.env"
  mkdir -p bench/target
  eval "$(.ci/postgres.sh start)"
  trap '.ci/postgres.sh stop' EXIT
  echo "PostgreSQL started for this run: $PARTNERBILL_PG_URL"
else
  echo "PostgreSQL from the environment: $PARTNERBILL_PG_URL"
fi

mvn -B -q -pl bench -am package -DskipTests
jar=bench/target/benchmarks.jar
out="bench/results/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "cores: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs)"
  echo "memory: $(free -g | awk '/Mem:/ {print $2}') GiB"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "postgresql: $(psql --version 2>/dev/null || ls -d /usr/lib/postgresql/*/ 2>/dev/null | tail -n 1)"
  java -version 2>&1 | sed 's/^/jdk: /'
} > "$out/machine.txt"
cat "$out/machine.txt"

full=$([ $# -eq 0 ] && echo yes || echo no)
if [ "$full" = yes ]; then
  set -- -prof gc   # allocation per operation, to show the bill allocates nothing per line
fi
java -jar "$jar" -rf json -rff "$out/jmh.json" "$@" 2>&1 | tee "$out/jmh.log"
echo "load after JMH: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/machine.txt"

if [ "$full" = yes ]; then
  java -Xms14g -Xmx14g -Djdk.attach.allowAttachSelf=true -cp "$jar" io.partnerbill.bench.Footprint | tee "$out/footprint.txt"
fi
java -cp "$jar" io.partnerbill.bench.Report "$out/jmh.json" "$out/footprint.txt" "$out/jmh.log" | tee "$out/report.md"
echo "Results in $out"

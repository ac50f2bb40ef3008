#!/bin/bash
set -a; . /tmp/pgprof.env; set +a
cd /work/main
out=$1
java -jar bench/target/benchmarks.jar "OrderIntakeBench.b5pg_placeOrder\$" -p database=postgresql -wi 2 -w 5s -i 3 -r 5s > $out/cpusplit-run.log 2>&1 &
sleep 14
pgpids() { pgrep -f "postgres: partnerbill" ; }
jvm=$(pgrep -f "ForkedMain" | head -1)
tick() { local s=0; for p in "$@"; do [ -r /proc/$p/stat ] && s=$((s + $(awk '{print $14+$15}' /proc/$p/stat))); done; echo $s; }
total() { awk '/^cpu /{print $2+$3+$4+$5+$6+$7+$8}' /proc/stat; }
for i in 1 2 3; do
  p0=$(tick $(pgpids)); j0=$(tick $jvm); t0=$(total)
  sleep 4
  p1=$(tick $(pgpids)); j1=$(tick $jvm); t1=$(total)
  echo "5s-window $i: postgres backends $((p1-p0)) ticks, benchmark JVM $((j1-j0)) ticks, machine $((t1-t0)) ticks (2 cores = $((2*$(getconf CLK_TCK)*4)) per 4 s)"
done | tee $out/cpusplit.txt
wait
grep -E "^OrderIntakeBench" $out/cpusplit-run.log | tee -a $out/cpusplit.txt

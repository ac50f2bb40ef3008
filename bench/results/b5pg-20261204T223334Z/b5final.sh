#!/bin/bash
# B5-PG final: each PostgreSQL method alone with pg_stat_statements and wait-event sampling, then the H2 twin.
set -a; . /tmp/pgprof.env; set +a
PGPORT=$(echo $PARTNERBILL_PG_URL | sed 's#.*:\([0-9]*\)/.*#\1#')
psqlq() { runuser -u postgres -- $PARTNERBILL_PG_BIN/psql -h $PARTNERBILL_PG_DATA -p $PGPORT -U postgres -d partnerbill -qAt "$@"; }
cd /work/main
out=bench/results/b5pg-$(date -u +%Y%m%dT%H%M%SZ); mkdir -p $out
for m in b5pg_placeOrder b5pg_placeAll b5pg_placeAllOwnCustomers; do
  psqlq -c "select pg_stat_statements_reset()" >/dev/null
  ( for i in $(seq 1 110); do psqlq -c "select coalesce(wait_event_type,'CPU')||':'||coalesce(wait_event,'-')||':'||state from pg_stat_activity where datname='partnerbill' and usename='partnerbill'" ; sleep 0.5; done > $out/waits-$m.txt ) &
  echo "$m load before: $(cut -d' ' -f1-3 /proc/loadavg)" >> $out/machine.txt
  java -jar bench/target/benchmarks.jar "OrderIntakeBench.$m\$" -p database=postgresql -rf json -rff $out/$m.json > $out/$m.log 2>&1
  echo "$m load after: $(cut -d' ' -f1-3 /proc/loadavg)" >> $out/machine.txt
  wait
  psqlq -c "select calls, round(total_exec_time::numeric,1), round(mean_exec_time::numeric,4), left(regexp_replace(query,'\s+',' ','g'),90) from pg_stat_statements where query not like '%SAVEPOINT%' order by total_exec_time desc limit 20" > $out/statements-$m.txt
  psqlq -c "select count(*), sum(calls) from pg_stat_statements where query like 'SAVEPOINT%' or query like 'RELEASE SAVEPOINT%'" >> $out/statements-$m.txt
  psqlq -c "select sum(calls), round(sum(total_exec_time)::numeric,1) from pg_stat_statements" >> $out/statements-$m.txt
  grep -E "^OrderIntakeBench|Iteration " $out/$m.log | tail -6
  sort $out/waits-$m.txt | uniq -c | sort -rn | head -6
done
echo "h2 load before: $(cut -d' ' -f1-3 /proc/loadavg)" >> $out/machine.txt
java -jar bench/target/benchmarks.jar "OrderIntakeBench" -p database=h2 -rf json -rff $out/h2.json > $out/h2.log 2>&1
echo "h2 load after: $(cut -d' ' -f1-3 /proc/loadavg)" >> $out/machine.txt
grep -E "^OrderIntakeBench" $out/h2.log
echo $out

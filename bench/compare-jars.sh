#!/usr/bin/env bash
# B1, B4 and B6 of two builds of the bench jar (e.g. before and after a refactoring), interleaved (old, new, old, new) so that
# drift of the machine hits both alike; prints mean ± sd of every iteration and new/old.
# Usage: bench/compare-jars.sh OLD/benchmarks.jar NEW/benchmarks.jar OUTDIR (about 11 minutes)
set -euo pipefail
old=$1; new=$2; out=$3; mkdir -p "$out"
for round in 1 2; do
  for which in old new; do
    jar=${!which}
    java -jar "$jar" 'BillBench.b1_partnerbill$|BillBench.b1_partnerbillColumns$' -f 1 -wi 3 -w 3s -i 8 -r 3s \
        -rf json -rff "$out/b1-$which-$round.json" > "$out/b1-$which-$round.log" 2>&1
    java -jar "$jar" 'OrderBench.b4_placeOrderInMemory$' -f 1 -wi 3 -w 3s -i 8 -r 3s \
        -rf json -rff "$out/b4-$which-$round.json" > "$out/b4-$which-$round.log" 2>&1
    java -jar "$jar" 'ScalingBench.b6_streamedColumns$' -p lines=10000000 -f 1 -wi 5 -i 10 \
        -rf json -rff "$out/b6-$which-$round.json" > "$out/b6-$which-$round.log" 2>&1
    echo "round $round $which done $(date -u +%H:%M:%S)"
  done
done
python3 - "$out" <<'PY'
import json, sys, glob, statistics, os
out = sys.argv[1]
rows = {}
for f in sorted(glob.glob(os.path.join(out, '*.json'))):
    which = os.path.basename(f).split('-')[1]
    for r in json.load(open(f)):
        name = r['benchmark'].rsplit('.', 1)[1]
        rows.setdefault(name, {}).setdefault(which, []).extend(r['primaryMetric']['rawData'][0])
        rows[name]['unit'] = r['primaryMetric']['scoreUnit']
for name, d in rows.items():
    o, n = d['old'], d['new']
    mo, mn = statistics.mean(o), statistics.mean(n)
    so, sn = statistics.stdev(o), statistics.stdev(n)
    print(f"{name}: old {mo:,.1f} ± {so:,.1f} {d['unit']} (n={len(o)}), new {mn:,.1f} ± {sn:,.1f} (n={len(n)}), new/old {mn/mo:.3f}")
PY

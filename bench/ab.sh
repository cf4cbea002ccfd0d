#!/usr/bin/env bash
# Interleaved A/B of JVM option sets on the benchmark (2,000 links / 40 hosts): one run of each
# variant per round, N rounds, then the mean wall time and engine time of each. A single run
# varies by 0.15-0.2 s and batches minutes apart by 0.3 s, so only interleaved rounds (8 or
# more) tell a 0.1 s difference. A variant is the whole LINKKEEPER_JAVA_OPTS ("" = the
# launcher's defaults); -D properties reach the code, for experiments behind a flag.
#   bench/ab.sh 8 "" "-Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx128m"
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
rounds=${1:?usage: bench/ab.sh ROUNDS "OPTS A" "OPTS B" ...}; shift
[ $# -ge 1 ] || { echo "bench/ab.sh: give at least one variant" >&2; exit 2; }
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
for ((r = 1; r <= rounds; r++)); do
  k=0
  for v in "$@"; do
    out=$(if [ -n "$v" ]; then LINKKEEPER_JAVA_OPTS="$v" "$here/bench/run.sh"; else "$here/bench/run.sh"; fi 2>&1)
    wall=$(sed -n 's/^wall \([0-9.]*\) s.*/\1/p' <<< "$out")
    engine=$(grep -o "links in [0-9.]* s" "$here/bench/out/2000-40/stdout.txt" | awk '{print $3}')
    correct=$(grep -c "verdicts: all correct" <<< "$out" || true)
    echo "$k $wall $engine $correct" >> "$log"
    echo "round $r variant $k: wall $wall s, engine $engine s$([ "$correct" = 1 ] || echo ', VERDICTS WRONG')" >&2
    k=$((k + 1))
  done
done
k=0
for v in "$@"; do
  awk -v k=$k -v name="${v:-(defaults)}" '$1 == k {n++; w += $2; e += $3; bad += ($4 != 1)}
    END {printf "[%d] %s\n    runs %d  wall %.3f s  engine %.3f s  not all correct %d\n", k, name, n, w / n, e / n, bad}' "$log"
  k=$((k + 1))
done

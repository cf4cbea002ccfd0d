#!/usr/bin/env bash
# Benchmark: linkkeeper against the loopback link farm (../shared/bench/linkfarm.js; beyond
# 253 hosts, which it cannot address, bench/linkfarm-wide.js: the same farm over all of 127/8).
# Prints wall time, ratio to the farm's ideal time, peak RSS, and verdict counts vs the
# farm's expected counts. Usage: bench/run.sh [LINKS] [HOSTS] [extra crawler options...]
#   bench/run.sh                  # 2000 links over 40 hosts (the target case)
#   bench/run.sh 100000 2000      # memory check: must stay flat (LATENCY=5 keeps it short)
# Environment: LINKFARM (the farm script), PORT, LATENCY (ms per answer), LIMIT (per host),
# LINKKEEPER_JAVA_OPTS (JVM options of the crawler launcher), LINKKEEPER_TIMINGS=1 (print the
# time of each stage after the engine).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
links=${1:-2000}; hosts=${2:-40}; shift $(( $# > 2 ? 2 : $# )) || true
if [ "$hosts" -gt 253 ]; then default_farm="$here/bench/linkfarm-wide.js"; else default_farm="$here/../shared/bench/linkfarm.js"; fi
farm="${LINKFARM:-$default_farm}"
[ -f "$farm" ] || { echo "bench: link farm not found at $farm (set LINKFARM)" >&2; exit 2; }
out="$here/bench/out/$links-$hosts"
rm -rf "$out"; mkdir -p "$out"
port=${PORT:-18080}
latency=${LATENCY:-50}; limit=${LIMIT:-6}

(cd "$here" && ./crawler --version >/dev/null)   # build outside the timed run
# The farm expects a 404 to be reported broken at its first check: no history rule here.
printf 'history:\n  broken_after:\n    checks: 1\n    days: 0\n' > "$out/bench.yaml"

node "$farm" --hosts "$hosts" --port "$port" --latency "$latency" --limit "$limit" \
  --links "$links" --list "$out/farm.md" --ttl 900 >"$out/farm.log" 2>&1 &
farm_pid=$!
trap 'kill $farm_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do [ -f "$out/farm.md.ideal" ] && break; kill -0 $farm_pid 2>/dev/null || break; sleep 0.1; done
[ -f "$out/farm.md.ideal" ] || { echo "bench: the link farm did not start ($farm)" >&2; exit 2; }
sleep 0.3

set +e
/usr/bin/time -f "%e %M %U %S" -o "$out/time.txt" "$here/crawler" check --config "$out/bench.yaml" --allow-private --quiet \
  --out "$out" --db "$out/bench.db" --per-host "$limit" --fail-on never "$@" "$out/farm.md" \
  >"$out/stdout.txt" 2>"$out/stderr.txt"
rc=$?
set -e
read -r wall rss_kb cpu_user cpu_sys < "$out/time.txt"
ideal_ms=$(node -e "console.log(JSON.parse(require('fs').readFileSync('$out/farm.md.ideal')).ideal_ms)")
node - "$out" "$wall" "$rss_kb" "$ideal_ms" "$rc" <<'JS'
const fs = require('fs');
const [out, wall, rssKb, idealMs, rc] = process.argv.slice(2);
const ideal = JSON.parse(fs.readFileSync(out + '/farm.md.ideal'));
const counts = {};
for (const line of fs.readFileSync(out + '/links.jsonl', 'utf8').split('\n')) {
  if (!line) continue;
  const s = JSON.parse(line).status;
  counts[s] = (counts[s] || 0) + 1;
}
const exp = ideal.expect;
const ratio = (+wall * 1000) / +idealMs;
console.log(`links ${Object.values(counts).reduce((a, b) => a + b, 0)}  exit ${rc}`);
console.log(`wall ${(+wall).toFixed(2)} s  ideal ${(idealMs / 1000).toFixed(2)} s  ratio ${ratio.toFixed(2)}  peak RSS ${(rssKb / 1024).toFixed(0)} MB`);
console.log(`ok ${counts.ok || 0}/${exp.ok}  broken ${counts.broken || 0}/${exp.broken}  redirected ${counts.redirected || 0}/${exp.redirected}  other ${JSON.stringify(Object.fromEntries(Object.entries(counts).filter(([k]) => !['ok', 'broken', 'redirected'].includes(k))))}`);
const correct = (counts.ok || 0) === exp.ok && (counts.broken || 0) === exp.broken && (counts.redirected || 0) === exp.redirected;
console.log(correct ? 'verdicts: all correct' : 'verdicts: MISMATCH');
JS
grep -h "post-engine" "$out/stderr.txt" || true   # with LINKKEEPER_TIMINGS=1
stats=$(curl -s "http://127.0.0.2:$port/__stats" 2>/dev/null || true)
# On stdin: the counters of 2,000 hosts are too long for an argument.
[ -n "$stats" ] && printf '%s' "$stats" | node -e "const s=JSON.parse(require('fs').readFileSync(0,'utf8'));let r=0,t=0,m=0;for(const h of Object.values(s)){r+=h.requests;t+=h.too_many;m=Math.max(m,h.max_inflight)}console.log('farm: requests '+r+'  429s '+t+'  max in flight per host '+m)"

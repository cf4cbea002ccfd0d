#!/usr/bin/env node
// The link farm of ../shared/bench/linkfarm.js for more than 253 hosts: the same paths,
// flags, list and .ideal files and /__stats, but hosts are spread over all of 127/8 (every
// address of it is loopback on Linux) instead of 127.0.0.2 .. 127.0.0.254 only.
// Host k is the (k+2)-th address counted from 127.0.0.0, skipping addresses whose last byte
// is 0 or 255, so the first 253 hosts are exactly linkfarm.js's and the lists are the same.
//
// Paths:  /ok/ID      200 html with <title>Page ID</title>
//         /gone/ID    404
//         /moved/ID   301 -> /ok/ID
//         /__stats    JSON counters (requests, 429s, max in flight) per host
//
// Usage: node linkfarm-wide.js --hosts 2000 --port 18080 --latency 5 --limit 6 --links 100000 --list OUT.md
const http = require('http');
const fs = require('fs');

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
  return acc;
}, []));
const H = +(args.hosts || 40), PORT = +(args.port || 18080), LAT = +(args.latency || 50);
const LIMIT = +(args.limit || 6), N = +(args.links || 2000), TTL = +(args.ttl || 600);
const LIST = args.list || '/tmp/linkfarm.md';
const USABLE = 254 * 256 * 256 - 1; // last bytes 1..254 over 127.0.0.x .. 127.255.255.x, minus 127.0.0.1
if (H < 1 || H > USABLE - 1) throw new Error(`--hosts must be 1..${USABLE - 1}`);

/** 127.a.b.c for host k: the (k+1)-th usable address after 127.0.0.1. */
function address(k) {
  const n = k + 1;                      // 127.0.0.1 is usable address 0
  const block = Math.floor(n / 254);    // one /24 block has 254 usable last bytes
  const c = n % 254 + 1;
  return `127.${(block >> 8) & 255}.${block & 255}.${c}`;
}

// Zipf-like weights: host k gets weight 1/(k+1).
const weights = Array.from({ length: H }, (_, k) => 1 / (k + 1));
const total = weights.reduce((a, b) => a + b, 0);
const perHost = weights.map(w => Math.floor(N * w / total));
let rest = N - perHost.reduce((a, b) => a + b, 0);
for (let k = 0; rest > 0; k = (k + 1) % H, rest--) perHost[k]++;

// Written as a stream: 100,000 lines need not sit in one string.
const list = fs.createWriteStream(LIST);
list.write('# Link farm\n\n');
let id = 0;
const expect = { ok: 0, broken: 0, redirected: 0 };
perHost.forEach((n, k) => {
  const host = address(k);
  const lines = [];
  for (let j = 0; j < n; j++, id++) {
    const r = id % 20;
    const kind = r === 0 ? 'gone' : r === 1 ? 'moved' : 'ok';
    expect[kind === 'gone' ? 'broken' : kind === 'moved' ? 'redirected' : 'ok']++;
    lines.push(`- [item ${id}](http://${host}:${PORT}/${kind}/${id})\n`);
  }
  list.write(lines.join(''));
});
const ideal = perHost.reduce((m, n) => Math.max(m, Math.ceil(n / LIMIT) * LAT), 0);

const stats = {};
const servers = [];
for (let k = 0; k < H; k++) {
  const host = address(k);
  const s = stats[host] = { requests: 0, too_many: 0, inflight: 0, max_inflight: 0 };
  const server = http.createServer((req, res) => {
    if (req.url === '/__stats') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify(stats));
    }
    s.requests++;
    if (s.inflight >= LIMIT) {
      s.too_many++;
      res.writeHead(429, { 'retry-after': '1', 'content-type': 'text/plain' });
      return res.end('slow down');
    }
    s.inflight++;
    s.max_inflight = Math.max(s.max_inflight, s.inflight);
    setTimeout(() => {
      s.inflight--;
      const m = /^\/(ok|gone|moved)\/(\d+)/.exec(req.url || '');
      if (!m) { res.writeHead(404); return res.end(); }
      if (m[1] === 'gone') { res.writeHead(404, { 'content-type': 'text/html' }); return res.end('<title>Not found</title>'); }
      if (m[1] === 'moved') { res.writeHead(301, { location: `/ok/${m[2]}` }); return res.end(); }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html><head><title>Page ${m[2]}</title><meta name="description" content="About item ${m[2]}"></head><body><p>${'x'.repeat(2000)}</p></body></html>`);
    }, LAT);
  });
  server.keepAliveTimeout = 5000;
  servers.push(new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(PORT, host, resolve);
  }));
}

// The .ideal file appears once the list is complete and every host listens: run.sh starts
// the crawler when it sees it, and 2,000 listeners take a moment.
Promise.all([...servers, new Promise(resolve => list.end(resolve))]).then(() => {
  fs.writeFileSync(LIST + '.ideal', JSON.stringify({ ideal_ms: ideal, per_host: perHost, expect, latency_ms: LAT, limit: LIMIT }) + '\n');
}, e => {
  console.error(`linkfarm-wide: cannot listen: ${e.message}`);
  process.exit(1);
});
setTimeout(() => process.exit(0), TTL * 1000);
process.on('SIGTERM', () => process.exit(0));

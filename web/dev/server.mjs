// DEVELOPMENT AID ONLY — not used by any test and not shipped. Serves web/dist/ and a fake API
// with hand-made events (dev/fixtures.mjs) that follows the contract in web/README.md, so the
// page can be worked on before `ahdath serve` exists. The browser test (tests/e2e.mjs) runs
// against the real server.
//
//   node dev/server.mjs [port]      (default 8090)

import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, extname, dirname, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeData } from './fixtures.mjs';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const port = Number(process.argv[2] || 8090);
const { articles, events, records } = makeData();

const TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
const FILTERS = ['q', 'type', 'mode', 'status', 'country', 'admin1', 'actor_country', 'actor_sector', 'actor_id', 'from', 'to', 'bbox', 'min_fatalities', 'source'];
const MIME = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8' };

class Bad extends Error {}

function filter(params) {
  const f = {};
  for (const [k, v] of params) {
    if (!FILTERS.includes(k) && !['limit', 'cursor'].includes(k)) throw new Bad(`invalid parameter \`${k}\`: unknown parameter`);
    if (v.trim() !== '') f[k] = v.trim();
  }
  if (f.type && !TYPES.includes(f.type.toUpperCase())) throw new Bad('invalid parameter `type`: expected one of the 16 PLOVER types');
  for (const d of ['from', 'to']) if (f[d] && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(f[d])) throw new Bad(`invalid parameter \`${d}\`: expected a date`);
  const bbox = f.bbox ? f.bbox.split(',').map(Number) : null;
  if (bbox && (bbox.length !== 4 || bbox.some((n) => !Number.isFinite(n)))) throw new Bad('invalid parameter `bbox`');
  return (e) => {
    const l = e.location || {};
    if (f.type && e.event_type !== f.type.toUpperCase()) return false;
    if (f.mode && e.mode !== f.mode) return false;
    if (f.status && e.status !== f.status) return false;
    if (f.country && l.country !== f.country) return false;
    if (f.admin1 && l.admin1 !== f.admin1) return false;
    if (f.actor_country && (!e.actor || e.actor.country !== f.actor_country)) return false;
    if (f.actor_sector && (!e.actor || e.actor.sector !== f.actor_sector)) return false;
    if (f.actor_id && (!e.actor || e.actor.id !== f.actor_id)) return false;
    if (f.from && (!e.date || e.date.padEnd(10, '-31') < f.from)) return false;
    if (f.to && (!e.date || e.date > f.to.padEnd(10, '-31'))) return false;
    if (f.min_fatalities && !(e.fatalities >= Number(f.min_fatalities))) return false;
    if (f.source && !e.sources.some((s) => s.source === f.source)) return false;
    if (f.q && !f.q.split(/\s+/).every((w) => e.sentence.includes(w))) return false;
    if (bbox && !(l.lon >= bbox[0] && l.lat >= bbox[1] && l.lon <= bbox[2] && l.lat <= bbox[3])) return false;
    return true;
  };
}

const group = (list, key) => {
  const m = new Map();
  for (const e of list) { const k = key(e); if (k) m.set(k, (m.get(k) || 0) + 1); }
  return [...m.entries()].map(([key, count]) => ({ key, count }));
};

function api(url) {
  const p = url.searchParams;
  if (url.pathname === '/api/events') {
    const keep = filter(p);
    const limit = Math.min(500, Math.max(1, Number(p.get('limit') || 50)));
    const all = events.filter(keep);
    const from = p.get('cursor') ? Number(p.get('cursor').split('.')[1]) : 0;
    const page = all.slice(from, from + limit);
    return { events: page, next_cursor: from + limit < all.length ? `0.${from + limit}` : null };
  }
  if (url.pathname === '/api/stats') {
    if (p.has('limit') || p.has('cursor')) throw new Bad('invalid parameter: unknown parameter');
    const all = events.filter(filter(p));
    const byCount = (a, b) => b.count - a.count || (a.key < b.key ? -1 : 1);
    return {
      events: all.length,
      by_day: group(all.filter((e) => e.date_precision === 'day'), (e) => e.date).sort((a, b) => (a.key < b.key ? -1 : 1)),
      by_type: group(all, (e) => e.event_type).sort(byCount),
      by_country: group(all, (e) => e.location && e.location.country).sort(byCount),
      by_admin1: group(all, (e) => e.location && e.location.admin1).sort(byCount),
    };
  }
  let m = url.pathname.match(/^\/api\/events\/([^/]+)$/);
  if (m) {
    const id = decodeURIComponent(m[1]);
    const e = events.find((x) => x.id === id);
    return e ? { event: e, records: records.get(id) } : null;
  }
  m = url.pathname.match(/^\/api\/articles\/([^/]+)$/);
  if (m) return articles.get(decodeURIComponent(m[1])) || null;
  return null;
}

createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  try {
    if (url.pathname === '/healthz') { res.end('ok'); return; }
    if (url.pathname.startsWith('/api/')) {
      const body = api(url);
      res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body ?? { error: 'not found' }));
      return;
    }
    const rel = normalize(url.pathname === '/' ? '/index.html' : url.pathname).replace(/^(\.\.[/\\])+/, '');
    const file = join(dist, rel);
    if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) { res.writeHead(404); res.end('not found'); return; }
    res.writeHead(200, { 'content-type': MIME[extname(file)] || 'application/octet-stream' });
    res.end(readFileSync(file));
  } catch (err) {
    res.writeHead(err instanceof Bad ? 400 : 500, { 'content-type': 'text/plain' });
    res.end(err instanceof Bad ? err.message : 'internal error');
  }
}).listen(port, '127.0.0.1', () => console.log(`dev server (fake data): http://127.0.0.1:${port}/`));

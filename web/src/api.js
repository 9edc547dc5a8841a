// The HTTP API the page reads (see web/README.md "API contract"). Paths are relative to the
// page, so the page works wherever the server mounts it ("/" in `ahdath serve`).
//
// The API takes one `type` per request. The page lets a reader pick several types: it then asks
// once per type (with a cursor per type) and merges the pages newest first, as the server orders
// them; stats are summed across the per-type answers.

import { PAGE_SIZE } from './constants.js';

/** The filter parameters the API accepts (besides `type`, handled here). */
export const API_FILTERS = [
  'q', 'mode', 'status', 'country', 'admin1', 'actor_country', 'actor_sector', 'actor_id',
  'from', 'to', 'bbox', 'min_fatalities', 'source',
];

const url = (path, params) => {
  const u = new URL(path, document.baseURI);
  if (params) u.search = params.toString();
  return u;
};

async function getJson(path, params, signal) {
  const res = await fetch(url(path, params), { headers: { Accept: 'application/json' }, signal });
  if (!res.ok) {
    let msg = '';
    try { msg = (await res.text()).slice(0, 300); } catch { /* ignore */ }
    const err = new Error(`${res.status} ${res.statusText || ''} ${msg}`.trim());
    err.status = res.status;
    throw err;
  }
  return res.json();
}

/** URLSearchParams for one request: the filters (less `omit`) and one type or none. */
function filterParams(filters, type, omit = []) {
  const p = new URLSearchParams();
  if (type) p.set('type', type);
  for (const k of API_FILTERS) {
    const v = filters[k];
    if (v !== undefined && v !== null && String(v).trim() !== '' && !omit.includes(k)) p.set(k, String(v).trim());
  }
  return p;
}

/** The type keys requests fan out over: the chosen types, or '' (any type). */
const typeKeys = (filters) => (filters.type && filters.type.length ? [...filters.type].sort() : ['']);

/** Sort key of a stored event, as the server orders them (newest first, undated last). */
const dayKey = (e) => {
  const d = e.date || '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(d)) return d;
  if (/^\d{4}-\d{2}$/.test(d)) return `${d}-01`;
  if (/^\d{4}$/.test(d)) return `${d}-01-01`;
  return '';
};
export const newestFirst = (a, b) => {
  const x = dayKey(a), y = dayKey(b);
  return x === y ? 0 : x < y ? 1 : -1;
};

/**
 * One page of events. `cursors` maps each type key to its next cursor (absent on the first page;
 * null when that type is exhausted). Returns { events, cursors, more }.
 */
export async function fetchEvents(filters, cursors, signal) {
  const keys = typeKeys(filters);
  const next = {};
  const pages = await Promise.all(keys.map(async (k) => {
    if (cursors && cursors[k] === null) { next[k] = null; return []; }
    const p = filterParams(filters, k);
    p.set('limit', String(PAGE_SIZE));
    if (cursors && cursors[k]) p.set('cursor', cursors[k]);
    const page = await getJson('api/events', p, signal);
    next[k] = page.next_cursor ?? null;
    return Array.isArray(page.events) ? page.events : [];
  }));
  let events = pages.flat();
  if (keys.length > 1) events = events.slice().sort(newestFirst); // stable: keeps server order within a day
  return { events, cursors: next, more: Object.values(next).some((c) => c !== null) };
}

const sumGroups = (lists) => {
  const m = new Map();
  for (const l of lists) for (const { key, count } of l || []) m.set(key, (m.get(key) || 0) + count);
  return [...m.entries()].map(([key, count]) => ({ key, count }));
};

/** `[{key, count}]` (the contract); `[[key, count]]` is accepted too. */
const groups = (l) => (Array.isArray(l) ? l : []).map((d) => (Array.isArray(d) ? { key: d[0], count: d[1] } : d))
  .filter((d) => d && d.key !== null && d.key !== undefined && Number.isFinite(d.count));
const normStats = (s) => ({
  events: typeof s.events === 'number' ? s.events : undefined,
  by_day: groups(s.by_day), by_type: groups(s.by_type), by_country: groups(s.by_country), by_admin1: groups(s.by_admin1),
});

/** Counts for charts; `omit` drops filters (the timeline shows all dates, with the brush on top). */
export async function fetchStats(filters, omit, signal) {
  const keys = typeKeys(filters);
  const all = (await Promise.all(keys.map((k) => getJson('api/stats', filterParams(filters, k, omit), signal)))).map(normStats);
  if (all.length === 1) return all[0];
  const byKey = (a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  const byCount = (a, b) => b.count - a.count || byKey(a, b);
  const total = all.every((s) => typeof s.events === 'number') ? all.reduce((n, s) => n + s.events, 0) : undefined;
  return {
    events: total,
    by_day: sumGroups(all.map((s) => s.by_day)).sort(byKey),
    by_type: sumGroups(all.map((s) => s.by_type)).sort(byCount),
    by_country: sumGroups(all.map((s) => s.by_country)).sort(byCount),
    by_admin1: sumGroups(all.map((s) => s.by_admin1)).sort(byCount),
  };
}

export const fetchEvent = (id, signal) => getJson(`api/events/${encodeURIComponent(id)}`, null, signal);
export const fetchArticle = (id, signal) => getJson(`api/articles/${encodeURIComponent(id)}`, null, signal);

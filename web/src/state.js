// Filters <-> the page's query string, so that a view can be shared by its URL.
// The page URL uses the API's parameter names; `type` may list several types (comma-separated)
// and `event` names the event shown in the event view.

import { API_FILTERS } from './api.js';
import { TYPE_COLOUR } from './constants.js';

export function readUrl(search = window.location.search) {
  const p = new URLSearchParams(search);
  const filters = {};
  for (const k of API_FILTERS) {
    const v = p.get(k);
    if (v !== null && v.trim() !== '') filters[k] = v.trim();
  }
  const types = (p.get('type') || '')
    .split(',')
    .map((t) => t.trim().toUpperCase())
    .filter((t) => TYPE_COLOUR[t]);
  filters.type = [...new Set(types)].sort();
  return { filters, event: p.get('event') || null };
}

export function toSearch(filters, event) {
  const p = new URLSearchParams();
  if (filters.type && filters.type.length) p.set('type', [...filters.type].sort().join(','));
  for (const k of API_FILTERS) {
    const v = filters[k];
    if (v !== undefined && v !== null && String(v).trim() !== '') p.set(k, String(v).trim());
  }
  if (event) p.set('event', event);
  const s = p.toString().replace(/%2C/gi, ','); // commas read the same either way; keep URLs legible
  return s ? `?${s}` : '';
}

export function writeUrl(filters, event, { push = false } = {}) {
  const next = `${window.location.pathname}${toSearch(filters, event)}`;
  const cur = `${window.location.pathname}${window.location.search}`;
  if (next === cur) return;
  if (push) window.history.pushState(null, '', next);
  else window.history.replaceState(null, '', next);
}

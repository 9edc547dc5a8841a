// The map: country outlines from world-atlas (no tile server), events as circle markers —
// radius by fatalities, colour by type — clustered when dense.

import L from './leaflet-global.js';
import 'leaflet.markercluster';
import { feature } from 'topojson-client';
import { typeColour, TYPE_LABEL } from './constants.js';

export const markerRadius = (fatalities) => Math.min(4 + 3 * Math.sqrt(fatalities || 0), 32);

const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function hasPoint(e) {
  const l = e.location;
  return !!l && Number.isFinite(l.lat) && Number.isFinite(l.lon) && Math.abs(l.lat) <= 90 && Math.abs(l.lon) <= 180;
}

export function createMap(el, { onSelect, countriesUrl }) {
  const map = L.map(el, {
    center: [29, 40],
    zoom: 4,
    minZoom: 2,
    maxZoom: 13,
    worldCopyJump: false,
    maxBounds: [[-85, -200], [85, 200]],
    zoomSnap: 0.5,
  });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Boundaries: Natural Earth (world-atlas)');

  map.createPane('countries');
  map.getPane('countries').style.zIndex = 250;
  const countryRenderer = L.svg({ pane: 'countries', padding: 0.5 });

  fetch(new URL(countriesUrl, document.baseURI))
    .then((r) => { if (!r.ok) throw new Error(`${r.status}`); return r.json(); })
    .then((topo) => {
      L.geoJSON(feature(topo, topo.objects.countries), {
        pane: 'countries',
        renderer: countryRenderer,
        interactive: false,
        style: { color: '#8a8172', weight: 0.7, fillColor: '#f4efe3', fillOpacity: 1 },
      }).addTo(map);
    })
    .catch((err) => console.warn('country outlines not loaded:', err));

  const clusters = L.markerClusterGroup({
    maxClusterRadius: 36,
    showCoverageOnHover: false,
    spiderfyOnMaxZoom: true,
    disableClusteringAtZoom: 11,
    chunkedLoading: true,
    iconCreateFunction(cluster) {
      const children = cluster.getAllChildMarkers();
      const byType = new Map();
      let killed = 0;
      for (const m of children) {
        byType.set(m.options.eventType, (byType.get(m.options.eventType) || 0) + 1);
        killed += m.options.fatalities || 0;
      }
      const [top] = [...byType.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
      const n = children.length;
      const size = Math.round(Math.min(24 + 6 * Math.log2(n), 56));
      const title = `${n} events${killed ? `, ${killed} killed` : ''}`;
      return L.divIcon({
        className: 'cluster-icon',
        iconSize: [size, size],
        html: `<div data-testid="marker" data-cluster="${n}" class="cluster" title="${esc(title)}" style="--c:${typeColour(top)};width:${size}px;height:${size}px;line-height:${size}px">${n}</div>`,
      });
    },
  });
  clusters.addTo(map);

  let selected = null;
  map.createPane('selected');
  map.getPane('selected').style.zIndex = 650; // above cluster icons (markerPane, 600)
  map.getPane('selected').style.pointerEvents = 'none';
  const selectedRing = L.circleMarker([0, 0], {
    pane: 'selected', renderer: L.svg({ pane: 'selected' }),
    radius: 10, color: '#111', weight: 3, fill: false, interactive: false, dashArray: '4 3',
  });

  function setEvents(events, { fit }) {
    clusters.clearLayers();
    const markers = [];
    for (const e of events) {
      if (!hasPoint(e)) continue;
      const m = L.circleMarker([e.location.lat, e.location.lon], {
        radius: markerRadius(e.fatalities),
        color: '#1d1d1d',
        weight: 0.8,
        fillColor: typeColour(e.event_type),
        fillOpacity: 0.82,
        eventType: e.event_type,
        fatalities: e.fatalities,
        eventId: e.id,
      });
      m.on('add', () => {
        const p = m.getElement();
        if (p) { p.setAttribute('data-testid', 'marker'); p.setAttribute('data-event-id', e.id); }
      });
      const place = e.location.name || e.location.text || '';
      m.bindTooltip(
        `<b>${esc(e.event_type)}</b> ${esc(TYPE_LABEL[e.event_type] || '')}<br>${esc(e.date || '—')} · ${esc(place)}` +
          (e.fatalities ? `<br>${esc(e.fatalities)} killed · قتلى` : ''),
        { direction: 'top', offset: [0, -4] },
      );
      m.on('click', () => onSelect(e.id));
      markers.push(m);
    }
    clusters.addLayers(markers);
    if (fit && markers.length) {
      const b = L.latLngBounds(markers.map((m) => m.getLatLng()));
      map.fitBounds(b.pad(0.15), { maxZoom: 6, animate: false });
    }
    return markers.length;
  }

  /**
   * Ring the selected event (drawn above clusters, so it shows even inside one). With `reveal`,
   * pan it into the part of the map left uncovered by a panel `cover` pixels wide on the left.
   */
  function select(e, { reveal = false, cover = 0 } = {}) {
    selected = e && hasPoint(e) ? e : null;
    if (!selected) { selectedRing.remove(); return; }
    const ll = L.latLng(e.location.lat, e.location.lon);
    selectedRing.setLatLng(ll);
    selectedRing.setRadius(markerRadius(e.fatalities) + 7);
    selectedRing.addTo(map);
    if (!reveal) return;
    map.panInside(ll, { paddingTopLeft: [cover + 40, 40], paddingBottomRight: [40, 40], animate: false });
  }

  /** The visible area as the API's bbox (min_lon,min_lat,max_lon,max_lat), clamped to the globe. */
  function bbox() {
    const b = map.getBounds();
    const c = (v, lo, hi) => Math.max(lo, Math.min(hi, v));
    const r = (v) => Math.round(v * 1000) / 1000;
    return [c(b.getWest(), -180, 180), c(b.getSouth(), -90, 90), c(b.getEast(), -180, 180), c(b.getNorth(), -90, 90)]
      .map(r).join(',');
  }

  return { map, setEvents, select, bbox, invalidate: () => map.invalidateSize() };
}

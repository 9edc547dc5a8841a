// Leaflet as a module, also published as window.L before leaflet.markercluster (a UMD plugin
// that extends the global L) is evaluated: import this file first.
import L from 'leaflet/dist/leaflet-src.js';

window.L = L;
export default L;

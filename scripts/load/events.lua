-- wrk script for the API load test (docs/api.md, "Load"): each request picks one of several
-- filtered first-page queries of /api/events; at the end it prints p50/p95/p99 and requests/s.
-- Usage: wrk -t2 -c50 -d30s -s scripts/load/events.lua http://127.0.0.1:8080
local queries = {
  "/api/events?type=ASSAULT&limit=50",
  "/api/events?country=EGY&limit=50",
  "/api/events?type=PROTEST&country=EGY&limit=50",
  "/api/events?from=2013-02-01&to=2013-02-28&limit=50",
  "/api/events?min_fatalities=1&limit=50",
  "/api/events?actor_sector=MIL&limit=50",
  "/api/events?type=COERCE&status=occurred&limit=50",
  "/api/events?bbox=29,22,37,32&limit=50",
  "/api/events?limit=50",
  "/api/events?type=ASSAULT&country=SAU&from=2015-07-01&limit=50",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", queries[(i % #queries) + 1])
end
done = function(summary, latency, requests)
  io.write(string.format("requests %d in %.1f s: %.0f req/s, errors %d (status %d, timeout %d)\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    summary.errors.status + summary.errors.timeout + summary.errors.connect + summary.errors.read + summary.errors.write,
    summary.errors.status, summary.errors.timeout))
  for _, p in ipairs({50, 95, 99}) do
    io.write(string.format("p%d %.1f ms\n", p, latency:percentile(p) / 1000))
  end
end

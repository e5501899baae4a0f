-- Shared by the scenario scripts: prints one machine-readable line at the end of a wrk run.
-- RESULT <name> rps=<requests/s> p50=<ms> p95=<ms> p99=<ms> non2xx=<n> errors=<n>
local M = {}
local statuses = {}

function M.count(status)
  statuses[status] = (statuses[status] or 0) + 1
end

function M.done(name, summary, latency)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %s rps=%.1f p50=%.1f p95=%.1f p99=%.1f non2xx=%d errors=%d requests=%d\n", name,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.errors.status, errors, summary.requests))
end

return M

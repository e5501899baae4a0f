-- The ratio base: anonymous GET of a trivial endpoint (path from env BENCH_TRIVIAL, default /actuator/health).
package.path = package.path .. ";bench/load/?.lua"
local report = require("report")
local path = os.getenv("BENCH_TRIVIAL") or "/actuator/health"
function request() return wrk.format("GET", path) end
function done(s, l, r) report.done(os.getenv("BENCH_NAME") or "trivial", s, l) end

-- Authenticated API requests with bearer tokens. Env: BENCH_TOKENS (file: one "token<TAB>patient id" per line),
-- BENCH_API = patients (GET /api/v1/patients) | me (GET /api/v1/me) | preview (POST plan preview) |
-- diary (POST 50 new diary entries of the token's patient).
package.path = package.path .. ";bench/load/?.lua"
local report = require("report")
local kind = os.getenv("BENCH_API") or "patients"
local tokens = {}
for line in io.lines(os.getenv("BENCH_TOKENS")) do
  local token, id = line:match("^([^\t]+)\t(%d+)")
  tokens[#tokens + 1] = { token = token, id = id }
end
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("index", counter)
end
local me, seq
local yesterday = os.time() - 86400
function init(args)
  me = tokens[((index - 1) % #tokens) + 1]
  seq = 0
end
local preview = '{"kind":"titrate","targetMgDay":60,"product":"tablet"}'
function request()
  local h = { ["Authorization"] = "Bearer " .. me.token, ["Content-Type"] = "application/json" }
  if kind == "preview" then
    return wrk.format("POST", "/api/v1/patients/" .. me.id .. "/plans/preview", h, preview)
  elseif kind == "diary" then
    -- a patient's diary as an app sends it: four doses a day (08, 12, 16, 20 h), each upload the next 12.5 days
    -- further back from yesterday. (Until 2026-12-07 every upload went into yesterday: a run piled thousands of
    -- entries into one day of the same patients, which no real diary has, and every upload's alert re-evaluation
    -- read all of them: the figure fell as the run went on, by how fast the machine was.)
    local doses = {}
    for i = 1, 50 do
      seq = seq + 1
      local date = os.date("!%Y-%m-%d", yesterday - math.floor((seq - 1) / 4) * 86400)
      doses[i] = string.format('{"id":"bench-%d-%d-%d","at":"%sT%02d:%02d:00Z","status":"taken","mg":5}',
        index, os.time(), seq, date, 8 + ((seq - 1) % 4) * 4, (seq % 60))
    end
    return wrk.format("POST", "/api/v1/patients/" .. me.id .. "/diary", h,
      '{"doses":[' .. table.concat(doses, ",") .. '],"observations":[]}')
  elseif kind == "me" then
    return wrk.format("GET", "/api/v1/me", h)
  end
  return wrk.format("GET", "/api/v1/patients", h)
end
function done(s, l, r) report.done(os.getenv("BENCH_NAME") or kind, s, l) end

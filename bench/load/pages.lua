-- Clinician pages with a logged-in session per clinician. Env: BENCH_SESSIONS (file: one "cookie<TAB>patient ids,..."
-- line per clinician), BENCH_PAGE = worklist | timeline. Each connection is one clinician; the timeline opens
-- a random patient of that clinician's team (/patients/{id}/followup).
package.path = package.path .. ";bench/load/?.lua"
local report = require("report")
local page = os.getenv("BENCH_PAGE") or "worklist"
local clinicians = {}
for line in io.lines(os.getenv("BENCH_SESSIONS")) do
  local cookie, ids = line:match("^([^\t]+)\t(.*)$")
  local list = {}
  for id in ids:gmatch("%d+") do list[#list + 1] = id end
  clinicians[#clinicians + 1] = { cookie = cookie, ids = list }
end
local counter = 0
local me
function setup(thread)
  counter = counter + 1
  thread:set("index", counter)
end
function init(args)
  math.randomseed(index * 7919)
  me = clinicians[((index - 1) % #clinicians) + 1]
end
function request()
  local path = "/worklist"
  if page == "timeline" then
    path = "/patients/" .. me.ids[math.random(#me.ids)] .. "/followup"
  end
  return wrk.format("GET", path, { ["Cookie"] = me.cookie })
end
function done(s, l, r) report.done(os.getenv("BENCH_NAME") or page, s, l) end

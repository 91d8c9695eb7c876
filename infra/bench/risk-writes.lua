-- wrk script for infra/bench-api.sh: writes a mission's risks, one create (POST) and one update (PUT with
-- If-Match) in turn. Each create's answer (Location, ETag) is queued; the next request updates that risk.
-- wrk runs one copy of this script per thread: the queue is the thread's own.
dofile(os.getenv("BENCH_LUA_DIR") .. "/report.lua") -- done(): the line the bench parses

local created = {}
local mission = os.getenv("BENCH_RISKS_PATH")
local token = os.getenv("BENCH_TOKEN")
local n = 0

local function body(i)
  return string.format(
    '{"title":"Benchmark risk %d","category":"SILOS","likelihood":%d,"impact":%d,"mitigation":"Shared steering group"}',
    i, (i % 5) + 1, ((i + 2) % 5) + 1)
end

request = function()
  n = n + 1
  local headers = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
  local next = table.remove(created, 1)
  if next then
    headers["If-Match"] = next.etag
    return wrk.format("PUT", next.path, headers, body(n))
  end
  return wrk.format("POST", mission, headers, body(n))
end

response = function(status, headers, body)
  if status == 201 and headers["Location"] and headers["ETag"] then
    local path = headers["Location"]:gsub("^https?://[^/]+", "")
    table.insert(created, { path = path, etag = headers["ETag"] })
  end
end

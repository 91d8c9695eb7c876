-- wrk script for infra/bench-api.sh: creates missions (POST), the heaviest write a person makes often: the
-- mission, its leader's role, the starting risks, the audit entries, the plugin event outbox's rows (one per
-- plugin the organisation enabled) and the change for pages open on other servers, in one transaction.
dofile(os.getenv("BENCH_LUA_DIR") .. "/report.lua") -- done(): the line the bench parses

local path = os.getenv("BENCH_MISSIONS_PATH")
local token = os.getenv("BENCH_TOKEN")
local n = 0

request = function()
  n = n + 1
  local headers = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
  local body = string.format(
    '{"title":"Benchmark mission %d","statement":"Young people thrive and feel safe.","challengeArea":"HEALTH_WELLBEING",'
      .. '"targetStatement":"Halve poor mental well-being by 2032","targetMeasurable":true,"startDate":"2026-01-01",'
      .. '"endDate":"2032-12-31","governanceMode":"HYBRID"}', n)
  return wrk.format("POST", path, headers, body)
end

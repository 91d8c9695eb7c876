-- wrk script for infra/bench-api.sh: sends the bench's token (if any) and prints, after the run, one line that
-- the bench parses: requests per second, p50 and p99 in milliseconds, and the count of non-2xx answers.
local token = os.getenv("BENCH_TOKEN")
if token and token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("BENCH %.1f %.2f %.2f %d %d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors, summary.requests))
end

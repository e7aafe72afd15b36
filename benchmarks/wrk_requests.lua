-- The requests of the mock benchmark for wrk (benchmarks/wrk.py runs it; see BENCHMARKS.md).
--
-- wrk -t1 -c1 -d2s -s benchmarks/wrk_requests.lua http://127.0.0.1:PORT -- PLAN AUTHORIZATION
--
-- PLAN is a file with one request per line: METHOD, a tab, the path, and optionally a tab and a
-- JSON body (sent with Content-Type: application/json; wrk adds Content-Length). Each connection
-- sends the plan's requests in turn, over and over, with the Authorization header given.
-- done() prints one line that benchmarks/wrk.py reads:
--   WRK requests=N duration_us=N errors=N histogram=VALUE_US:COUNT,VALUE_US:COUNT,...
-- errors counts connection errors, timeouts and answers with a status of 400 or more.

local requests = {}
local counter = 0

function init(args)
  local plan, authorization = args[1], args[2]
  for line in io.lines(plan) do
    if line ~= "" then
      local method, path, body = line:match("^(%u+)\t([^\t]+)\t?(.*)$")
      local headers = { ["Authorization"] = authorization }
      if body == "" then
        body = nil
      else
        headers["Content-Type"] = "application/json"
      end
      requests[#requests + 1] = wrk.format(method, path, headers, body)
    end
  end
end

function request()
  counter = counter % #requests + 1
  return requests[counter]
end

function done(summary, latency, requests_stats)
  local errors = summary.errors
  local failed = errors.connect + errors.read + errors.write + errors.timeout + errors.status
  local pairs_out = {}
  for i = 1, #latency do
    local value, count = latency(i)
    pairs_out[#pairs_out + 1] = value .. ":" .. count
  end
  io.write(
    string.format(
      "WRK requests=%d duration_us=%d errors=%d histogram=%s\n",
      summary.requests,
      summary.duration,
      failed,
      table.concat(pairs_out, ",")
    )
  )
end

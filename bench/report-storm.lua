-- wrk script for the report storm (bench/report-storm.sh): every wrk thread posts its share of
-- STORM_REPORTS problem reports, numbered from STORM_FIRST, as users 1..STORM_USERS (bearer token
-- "bench-storm<n>-secret"), each with its own Idempotency-Key "storm-<n>", then stops. The keys
-- answered 201 are written to STORM_CREATED, one per line, for the exactly-once check.
-- wrk's C core writes the requests and times them, so the load generator takes little of the CPU
-- the app is measured on.

local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

local symptoms = { "CANNOT_SEND", "CANNOT_RECEIVE", "DELAYED", "LOGIN", "SYNC" }
local clients = { "DESKTOP_CLIENT", "WEBMAIL", "MOBILE" }

function init(args)
  local total = tonumber(os.getenv("STORM_REPORTS"))
  local thread_count = tonumber(os.getenv("STORM_THREADS"))
  users = tonumber(os.getenv("STORM_USERS"))
  share = math.floor(total / thread_count)
  if id == thread_count - 1 then share = total - share * (thread_count - 1) end
  first = tonumber(os.getenv("STORM_FIRST")) + id * math.floor(total / thread_count)
  sent, reserved, answered, created, failed = 0, 0, 0, {}, 0
  -- wrk calls request() once on its first thread to check the script, and never sends that one.
  checking = id == 0
end

-- wrk asks delay() when a response is in and request() later: the next request is reserved here,
-- so two connections cannot both take the last one. Past its share a connection waits (far
-- longer than the run) instead of sending more.
function delay()
  if sent + reserved >= share then return 3600000 end
  reserved = reserved + 1
  return 0
end

function request()
  local n = first + sent
  if checking then
    checking = false
  else
    sent = sent + 1
    if reserved > 0 then reserved = reserved - 1 end
  end
  local user = 1 + n % users
  local body = string.format(
    '{"symptom":"%s","service":"%s","description":"Storm report %d: Outlook says the server is unreachable",'
      .. '"errorText":"0x800CCC0E","affectedAddress":"storm%d@demo.local"}',
    symptoms[1 + n % #symptoms], clients[1 + n % #clients], n, user)
  return wrk.format("POST", "/api/v1/reports", {
    ["Authorization"] = "Bearer bench-storm" .. user .. "-secret",
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = "storm-" .. n,
  }, body)
end

-- wrk's main thread sleeps for -d; a SIGINT ends that sleep once the last thread is done. The
-- signal is repeated every 10 ms: it only reaches the sleeping thread once the workers are gone.
function finished()
  wrk.thread:stop()
  local marker = os.getenv("STORM_CREATED") .. ".finished"
  os.execute(string.format('echo done >> "%s"; if [ "$(wc -l < "%s")" -ge %d ]; then '
    .. '(while kill -INT $PPID 2>/dev/null; do sleep 0.01; done) & fi',
    marker, marker, tonumber(os.getenv("STORM_THREADS"))))
end

function response(status, headers, body)
  answered = answered + 1
  if status == 201 then
    local n = string.match(body, "Storm report (%d+)")
    table.insert(created, "storm-" .. n)
  else
    failed = failed + 1
  end
  if answered >= share then
    finished()
  end
end

function done(summary, latency, requests)
  local out = io.open(os.getenv("STORM_CREATED"), "w")
  local created_count, failed_count = 0, 0
  for _, thread in ipairs(threads) do
    local keys = thread:get("created")
    for _, key in ipairs(keys) do
      out:write(key, "\n")
      created_count = created_count + 1
    end
    failed_count = failed_count + thread:get("failed")
  end
  out:close()
  local seconds = summary.duration / 1e6
  io.write(string.format("created %d\n", created_count))
  io.write(string.format("failed %d\n", failed_count))
  io.write(string.format("duration %.2f s\n", seconds))
  io.write(string.format("throughput %.0f reports/s\n", summary.requests / seconds))
  io.write(string.format("latency median %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
end

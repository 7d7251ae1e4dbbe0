-- wrk script: posts pre-signed Stripe webhook deliveries, one per request, cycling through the file.
-- Each line of the payload file is "<Stripe-Signature value>\t<JSON body>" (written by: MemberHub.Bench serve-webhooks).
local payloads = {}
local counter = 0
local threads = 0

function init(args)
  local file = io.open(args[1] or "webhooks.payloads", "r")
  for line in file:lines() do
    local tab = string.find(line, "\t", 1, true)
    payloads[#payloads + 1] = { string.sub(line, 1, tab - 1), string.sub(line, tab + 1) }
  end
  file:close()
  -- Threads start at different offsets so they do not send the same delivery at the same moment.
  counter = (id or 0) * math.floor(#payloads / 2)
end

function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

function request()
  counter = counter + 1
  local p = payloads[(counter % #payloads) + 1]
  return wrk.format("POST", "/api/stripe/webhook", { ["Content-Type"] = "application/json", ["Stripe-Signature"] = p[1] }, p[2])
end

function done(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("webhook deliveries/s: %.0f  (p50 %.1f ms, p99 %.1f ms, non-2xx or socket errors: %d)\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors))
end

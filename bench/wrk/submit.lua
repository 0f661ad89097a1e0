-- New messages, each with a unique body, as JSON POSTs. Counts the 202 answers and writes the id
-- of every accepted message to BENCH_IDS.<thread> so the run can check each one is stored.
package.path = os.getenv("BENCH_DIR") .. "/wrk/?.lua;" .. package.path
local report = require("report")

local threads = {}
local counter = 0

function setup(thread)
  thread:set("index", counter)
  counter = counter + 1
  threads[#threads + 1] = thread
end

local languages = {"en", "es", "fr", "pt-BR", "ar", "de", "tl", "sw"}
local countries = {"US", "MX", "BR", "FR", "ES", "PH", "KE", "EG", "IN", "DE"}

function init(args)
  sequence = 0
  accepted = 0
  ids = io.open(os.getenv("BENCH_IDS") .. "." .. index, "w")
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  sequence = sequence + 1
  local n = sequence
  local body = string.format(
    '{"authorName":"Ally %d-%d","organization":"Local %d","country":"%s","language":"%s",' ..
    '"body":"Message %d-%d: we stand with you, from our union hall to yours. Hold the line.",' ..
    '"email":"ally%d-%d@example.org","consent":true}',
    index, n, n % 97, countries[n % #countries + 1], languages[n % #languages + 1],
    index, n, index, n)
  return wrk.format(nil, nil, nil, body)
end

function response(status, headers, body)
  if status == 202 then
    accepted = accepted + 1
    local id = body:match('"id"%s*:%s*"([%x%-]+)"')
    if id then
      ids:write(id, "\n")
    end
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, t in ipairs(threads) do
    total = total + (t:get("accepted") or 0)
  end
  report.done(summary, latency, requests, {accepted = total})
end

-- Feed pages that the cache cannot answer: every request carries another cursor, read from
-- BENCH_CURSORS (one per line). Threads take interleaved lines so no cursor is sent twice; if the
-- list runs out a thread starts over and "cursor_laps" counts it (those requests may be cached).
package.path = os.getenv("BENCH_DIR") .. "/wrk/?.lua;" .. package.path
local report = require("report")

local threads = {}
local counter = 0

function setup(thread)
  thread:set("index", counter)
  counter = counter + 1
  threads[#threads + 1] = thread
end

function init(args)
  local total = tonumber(os.getenv("BENCH_THREADS") or "2")
  cursors = {}
  local n = 0
  for line in io.lines(os.getenv("BENCH_CURSORS")) do
    if n % total == index then
      cursors[#cursors + 1] = line
    end
    n = n + 1
  end
  base = wrk.path .. (wrk.path:find("?", 1, true) and "&" or "?") .. "cursor="
  position = 0
  laps = 0
end

function request()
  position = position + 1
  if position > #cursors then
    position = 1
    laps = laps + 1
  end
  return wrk.format("GET", base .. cursors[position])
end

function done(summary, latency, requests)
  local laps = 0
  for _, t in ipairs(threads) do
    laps = laps + (t:get("laps") or 0)
  end
  report.done(summary, latency, requests, {cursor_laps = laps})
end

-- GET of the URL given to wrk, with optional extra headers from the environment:
-- BENCH_AUTH (an Authorization value) and BENCH_ACCEPT_ENCODING.
package.path = os.getenv("BENCH_DIR") .. "/wrk/?.lua;" .. package.path
local report = require("report")

local auth = os.getenv("BENCH_AUTH")
if auth and auth ~= "" then
  wrk.headers["Authorization"] = auth
end
local encoding = os.getenv("BENCH_ACCEPT_ENCODING")
if encoding and encoding ~= "" then
  wrk.headers["Accept-Encoding"] = encoding
end

function done(summary, latency, requests)
  report.done(summary, latency, requests)
end

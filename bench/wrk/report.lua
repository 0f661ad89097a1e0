-- Shared by every scenario script: prints one machine-readable line after the run.
-- Latencies in milliseconds; "errors" counts socket errors and timeouts, "non2xx" other statuses.
local report = {}

function report.done(summary, latency, requests, extra)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  local fields = {
    string.format('"requests":%d', summary.requests),
    string.format('"seconds":%.3f', seconds),
    string.format('"rps":%.1f', summary.requests / seconds),
    string.format('"bytes":%d', summary.bytes),
    string.format('"p50":%.2f', latency:percentile(50) / 1000),
    string.format('"p90":%.2f', latency:percentile(90) / 1000),
    string.format('"p99":%.2f', latency:percentile(99) / 1000),
    string.format('"max":%.2f', latency.max / 1000),
    string.format('"errors":%d', e.connect + e.read + e.write + e.timeout),
    string.format('"non2xx":%d', e.status),
  }
  for k, v in pairs(extra or {}) do
    fields[#fields + 1] = string.format('"%s":%s', k, tostring(v))
  end
  io.write("RESULT {" .. table.concat(fields, ",") .. "}\n")
end

return report

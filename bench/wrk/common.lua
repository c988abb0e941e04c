-- Shared by the scripts in bench/wrk (each loads it with dofile): counts the answers by status
-- (or by a label the script gives, e.g. "call-next 200") and prints one machine-readable line
-- at the end for bench/http_load.sh:
--   RESULT seconds=5.00 requests=12345 rps=2469.0 p50_ms=1.234 p99_ms=5.678 socket_errors=0 status=200:12345
-- wrk runs setup() and done() in its main Lua state and request()/response() in one state per
-- thread, so the counts travel from the threads to done() through thread:get().

local threads = {}

function setup(thread)
   table.insert(threads, thread)
   if on_setup then on_setup(thread, #threads) end
end

counts = {}

function count(label)
   counts[label] = (counts[label] or 0) + 1
end

-- The token and other inputs come from the environment, so the driver can pass them.
function env(name, default)
   local v = os.getenv(name)
   if v == nil or v == "" then
      if default == nil then error(name .. " is not set") end
      return default
   end
   return v
end

function split(text)
   local list = {}
   for item in string.gmatch(text, "[^,]+") do table.insert(list, item) end
   return list
end

function done(summary, latency, requests)
   local total = {}
   for _, t in ipairs(threads) do
      for label, n in pairs(t:get("counts")) do total[label] = (total[label] or 0) + n end
   end
   local labels = {}
   for label in pairs(total) do table.insert(labels, tostring(label)) end
   table.sort(labels)
   local parts = {}
   for _, label in ipairs(labels) do
      local n = total[label] or total[tonumber(label)]
      table.insert(parts, (label:gsub(" ", "_")) .. ":" .. n)
   end
   local e = summary.errors
   local seconds = summary.duration / 1e6
   io.write(string.format("RESULT seconds=%.2f requests=%d rps=%.1f p50_ms=%.3f p99_ms=%.3f socket_errors=%d status=%s\n",
      seconds, summary.requests, summary.requests / seconds, latency:percentile(50) / 1000,
      latency:percentile(99) / 1000, e.connect + e.read + e.write + e.timeout, table.concat(parts, ",")))
end

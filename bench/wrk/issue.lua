-- POST /api/v1/halls/$OW_HALL/tickets as a kiosk ($OW_TOKEN): one ticket per request, the
-- services of $OW_SERVICES (comma-separated catalogue codes) in turn, so the numbers spread
-- over their prefixes (each allows 999 a day). Every answer is counted by status.
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "common.lua")

local path = "/api/v1/halls/" .. env("OW_HALL", "MY-CITY") .. "/tickets"
local headers = { ["Authorization"] = "Bearer " .. env("OW_TOKEN"), ["Content-Type"] = "application/json" }
local requests = {}
for _, code in ipairs(split(env("OW_SERVICES"))) do
   table.insert(requests, wrk.format("POST", path, headers, '{"services":["' .. code .. '"]}'))
end
local next = 0

function request()
   next = next % #requests + 1
   return requests[next]
end

function response(status, headers, body)
   count(status)
end

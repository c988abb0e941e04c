-- Ticket issue where every third request is refused: alternately a service whose prefix has
-- used up its 999 numbers today ($OW_USED_UP_SERVICE: 409, refused inside the issue's
-- transaction, so it rolls back) and a service the catalogue does not know (422, refused
-- before any SQL). The other two of three are good issues of $OW_SERVICES in turn, as in
-- issue.lua. The row's figure is the good issues' rate (201s per second).
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "common.lua")

local path = "/api/v1/halls/" .. env("OW_HALL", "MY-CITY") .. "/tickets"
local headers = { ["Authorization"] = "Bearer " .. env("OW_TOKEN"), ["Content-Type"] = "application/json" }
local function issue(code)
   return wrk.format("POST", path, headers, '{"services":["' .. code .. '"]}')
end
local good = {}
for _, code in ipairs(split(env("OW_SERVICES"))) do table.insert(good, issue(code)) end
local refused = { issue(env("OW_USED_UP_SERVICE")), issue("NO-SUCH-SERVICE") }
local n, nextGood, nextRefused = 0, 0, 0

function request()
   n = n + 1
   if n % 3 == 0 then
      nextRefused = nextRefused % #refused + 1
      return refused[nextRefused]
   end
   nextGood = nextGood % #good + 1
   return good[nextGood]
end

function response(status, headers, body)
   count(status)
end

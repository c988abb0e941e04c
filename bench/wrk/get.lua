-- GET of the URL's path, with a bearer token ($OW_TOKEN) and If-None-Match ($OW_IF_NONE_MATCH)
-- when set. Every answer is counted by status.
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "common.lua")

local token = os.getenv("OW_TOKEN")
if token and token ~= "" then wrk.headers["Authorization"] = "Bearer " .. token end
local etag = os.getenv("OW_IF_NONE_MATCH")
if etag and etag ~= "" then wrk.headers["If-None-Match"] = etag end

function response(status, headers, body)
   count(status)
end

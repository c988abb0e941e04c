-- GET of the URL's path, with a bearer token ($OW_TOKEN), If-None-Match ($OW_IF_NONE_MATCH) and
-- Accept-Encoding ($OW_ACCEPT_ENCODING) when set. Every answer is counted by status.
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "common.lua")

local token = os.getenv("OW_TOKEN")
if token and token ~= "" then wrk.headers["Authorization"] = "Bearer " .. token end
local etag = os.getenv("OW_IF_NONE_MATCH")
if etag and etag ~= "" then wrk.headers["If-None-Match"] = etag end
local encoding = os.getenv("OW_ACCEPT_ENCODING")
if encoding and encoding ~= "" then wrk.headers["Accept-Encoding"] = encoding end

function response(status, headers, body)
   count(status)
end

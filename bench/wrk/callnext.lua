-- The call-next path at a constant line length: each wrk thread is one teller at one window of
-- $OW_WINDOWS (run with as many threads and connections as windows, e.g. -t6 -c6, so each
-- thread's requests follow one another) and repeats
--     issue a ticket (kiosk, $OW_KIOSK_TOKEN)      → the line grows by one
--     call-next at its window (teller, $OW_TOKEN)  → the line shrinks by one
--     no-show of the called ticket at its window   → the window is free again
-- so the line stays at what it was before the run, and a window never holds two citizens
-- (which the server may refuse with 409). The ticket's id comes from call-next's answer.
-- Answers are counted as "issue 201", "call-next 200", "no-show 200", …; the row's figure is
-- the call-next 200s per second.
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "common.lua")

local windows = split(env("OW_WINDOWS"))

function on_setup(thread, index) -- in wrk's main state: which window this thread serves
   thread:set("window", windows[(index - 1) % #windows + 1])
end

local hall = env("OW_HALL", "MY-CITY")
local services = split(env("OW_SERVICES"))
local kiosk = { ["Authorization"] = "Bearer " .. env("OW_KIOSK_TOKEN"), ["Content-Type"] = "application/json" }
local teller = { ["Authorization"] = "Bearer " .. env("OW_TOKEN"), ["Content-Type"] = "application/json" }
local issues, callNext, noShowBody = {}, nil, nil
local step, ticket, nextIssue = "issue", nil, 0

function init(args) -- in the thread's state, after on_setup gave it `window`
   for _, code in ipairs(services) do
      table.insert(issues, wrk.format("POST", "/api/v1/halls/" .. hall .. "/tickets", kiosk, '{"services":["' .. code .. '"]}'))
   end
   callNext = wrk.format("POST", "/api/v1/halls/" .. hall .. "/windows/" .. window .. "/call-next", teller, "")
   noShowBody = '{"window":' .. window .. '}'
end

function request()
   if step == "issue" then
      nextIssue = nextIssue % #issues + 1
      return issues[nextIssue]
   elseif step == "call-next" then
      return callNext
   end
   return wrk.format("POST", "/api/v1/tickets/" .. ticket .. "/no-show", teller, noShowBody)
end

local freed = false

function response(status, headers, body)
   if step == "call-next" and status == 409 and not freed then
      -- Once per thread: the window still holds the ticket an earlier row left there (wrk stops
      -- mid-cycle) and the server refuses to call a second citizen, naming that ticket. Mark it
      -- no-show, then go on as usual.
      freed = true
      count("call-next held")
      ticket = body:match('"id":(%d+)')
      step = ticket and "no-show" or "issue"
      return
   end
   count(step .. " " .. status)
   if step == "issue" then
      step = "call-next"
   elseif step == "call-next" then
      -- 200 with the ticket; 204 when nobody waits; anything else: start the cycle again.
      ticket = status == 200 and body:match('"id":(%d+)') or nil
      step = ticket and "no-show" or "issue"
   else
      step = "issue"
   end
end

#!/usr/bin/env bash
# The HTTP benchmarks: wrk (bench/wrk/*.lua) against the real onewindow-server, each row next to
# its baseline measured in the same run, printed as a ratio with its target.
#
#   bench/http_load.sh [BUILD_DIR]        (default: build-release; build it first, see bench/README.md)
#
# BUILD_DIR holds the server (bin/onewindow-server) and the baselines (bench/bench_http).
# Environment:
#   OW_BENCH_SECONDS        wrk run length of the GET and call-next rows (default 5)
#   OW_BENCH_ISSUE_SECONDS  the ticket issue rows (default 3: the line grows by every ticket
#                           issued, and a short run keeps "10 waiting" nearer 10)
#   OW_BENCH_SERVER=PATH    another server binary, against the same baselines (bench/compare.sh
#                           runs an older revision's so)
#   OW_BENCH_KEEP=1         keep the servers' data and logs
# Builds nothing; starts its own servers on free ports and stops them on exit.
# Exits non-zero if a tool is missing, a server does not start, or a row gets answers it should
# not (they are shown in the row's "answers" column first).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=$(realpath "${1:-${OW_BENCH_BUILD_DIR:-$root/build-release}}")
secs=${OW_BENCH_SECONDS:-5}
issue_secs=${OW_BENCH_ISSUE_SECONDS:-3}
server_bin=$(realpath "${OW_BENCH_SERVER:-$build/bin/onewindow-server}")
bench_http=$build/bench/bench_http
scripts=$here/wrk

for tool in wrk curl jq /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "http_load.sh: $tool is missing (Debian: apt-get install $tool)" >&2; exit 1; }
done
for bin in "$server_bin" "$bench_http"; do
    [ -x "$bin" ] || { echo "http_load.sh: $bin is missing; build $build first (bench/README.md)" >&2; exit 1; }
done

# The disk rows' data lives on the project's disk (in the build dir), the fsync-free row's on tmpfs.
work=$(mktemp -d "$build/http-load.XXXXXX")
shm=$(mktemp -d /dev/shm/ow-http-load.XXXXXX)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    if [ "${OW_BENCH_KEEP:-0}" = 1 ]; then echo "kept: $work $shm"; else rm -rf "$work" "$shm"; fi
}
trap cleanup EXIT

# Keeps the data and logs for a look.
fail() {
    echo "http_load.sh: $*" >&2
    OW_BENCH_KEEP=1
    exit 1
}

# ---- processes ------------------------------------------------------------------------------

# start NAME COMMAND…: runs it in the background, logging to $work/NAME.log, and waits for its
# "listening on http://127.0.0.1:PORT" line; sets $port and $pid.
start() {
    local name=$1 log=$work/$1.log
    shift
    "$@" >"$log" 2>&1 &
    pid=$!
    pids+=("$pid")
    for _ in $(seq 1 3000); do
        port=$(sed -n 's|.*listening on http://127\.0\.0\.1:\([0-9]*\).*|\1|p' "$log" | head -n1)
        [ -n "$port" ] && return 0
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.01
    done
    tail -n 20 "$log" >&2
    fail "$name did not start"
}

# stop PID: ends a process of ours and forgets it (so the exit trap never signals a reused id).
stop() {
    kill "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
    local keep=() p
    for p in "${pids[@]}"; do [ "$p" = "$1" ] || keep+=("$p"); done
    pids=("${keep[@]}")
}

# server NAME DATA_DIR [OPTIONS…]: a fresh onewindow-server with the demo city; sets $port, $pid.
server() {
    local name=$1 dir=$2
    shift 2
    mkdir -p "$dir"
    start "$name" "$server_bin" --listen 127.0.0.1:0 --data-dir "$dir" --seed-demo "$@"
}

# ---- the API --------------------------------------------------------------------------------

login() { # PORT USER PASSWORD → token
    local token
    token=$(curl -sS -X POST -H 'Content-Type: application/json' -d "{\"username\":\"$2\",\"password\":\"$3\"}" \
        "http://127.0.0.1:$1/api/v1/sessions" | jq -r '.token // empty')
    [ -n "$token" ] || fail "cannot log in as $2"
    echo "$token"
}

open_windows() { # PORT TOKEN HALL WINDOW…
    local p=$1 token=$2 hall=$3 w code
    shift 3
    for w in "$@"; do
        code=$(curl -sS -o /dev/null -w '%{http_code}' -X PUT -H "Authorization: Bearer $token" \
            -H 'Content-Type: application/json' -d '{"state":"open"}' "http://127.0.0.1:$p/api/v1/halls/$hall/windows/$w")
        [ "$code" = 200 ] || fail "opening window $w of $hall answered $code"
    done
}

waiting() { # PORT TOKEN HALL → tickets waiting
    curl -sS -H "Authorization: Bearer $2" "http://127.0.0.1:$1/api/v1/halls/$3/queue" | jq '.waiting | length'
}

# issue_many PORT TOKEN HALL COUNT SERVICES: COUNT tickets, the services (comma-separated) in
# turn, 32 requests in flight (one curl process); fails unless every answer is 201.
issue_many() {
    local p=$1 token=$2 hall=$3 n=$4 i cfg=$work/issue.curl
    local -a services
    IFS=, read -r -a services <<<"$5"
    [ "$n" -gt 0 ] || return 0
    : >"$cfg"
    for ((i = 0; i < n; i++)); do
        [ "$i" -gt 0 ] && echo next >>"$cfg"
        cat >>"$cfg" <<EOF
url = "http://127.0.0.1:$p/api/v1/halls/$hall/tickets"
header = "Authorization: Bearer $token"
header = "Content-Type: application/json"
data = "{\"services\":[\"${services[i % ${#services[@]}]}\"]}"
output = "/dev/null"
write-out = "%{http_code}\\n"
EOF
    done
    local ok
    ok=$(curl -sS -Z --parallel-max 32 -K "$cfg" 2>>"$work/curl.err" | grep -c '^201$' || true)
    [ "$ok" = "$n" ] || fail "issuing $n tickets in $hall: only $ok answered 201"
}

# ---- wrk --------------------------------------------------------------------------------------

# bench THREADS CONNECTIONS SECONDS SCRIPT URL [VAR=VALUE…]: one wrk run; the script's RESULT
# line lands in $rps $p50 $p99 $answers $socket_errors.
bench() {
    local threads=$1 conns=$2 seconds=$3 script=$4 url=$5 out line
    shift 5
    # A long timeout: a slow row (the snapshot of a long line) should show its latency, not
    # count its queued requests as socket errors.
    out=$(env "$@" /usr/bin/time -f 'cpu %U %S' -o "$work/wrk.cpu" \
        wrk -t"$threads" -c"$conns" -d"${seconds}s" --timeout 20s --latency -s "$scripts/$script" "$url") \
        || fail "wrk failed on $url: $out"
    echo "$out" >>"$work/wrk.txt"
    line=$(grep '^RESULT ' <<<"$out") || fail "no RESULT line from $script: $out"
    field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$line"; }
    rps=$(field rps)
    p50=$(field p50_ms)
    p99=$(field p99_ms)
    answers=$(field status)
    socket_errors=$(field socket_errors)
}

# CPU seconds (user + system) of the last wrk run, and of a process of ours so far.
wrk_cpu() { awk '/^cpu/ { printf "%.2f", $2 + $3 }' "$work/wrk.cpu"; }
process_cpu() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$1/stat"; }

# How many answers of the last run had LABEL (a status, or "call-next_200" in callnext.lua's).
answered() { tr ',' '\n' <<<"$answers" | awk -F: -v k="$1" '$1 == k { n += $2 } END { print n + 0 }'; }

# (awk: a bare ">" after print/printf would redirect, hence the parentheses.)
per_second() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.1f", n / s }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { r = (b > 0 ? a / b : 0); printf((r < 0.01 ? "%.4f" : r < 0.1 ? "%.3f" : "%.2f"), r) }'; }
# within FACTOR A B: "yes" if the larger of A and B is at most FACTOR times the smaller.
within() { awk -v f="$1" -v a="$2" -v b="$3" 'BEGIN { lo = (a < b ? a : b); hi = (a < b ? b : a); print ((lo > 0 && hi <= f * lo) ? "yes" : "NO") }'; }
atleast() { awk -v a="$1" -v b="$2" 'BEGIN { print ((a >= b) ? "yes" : "NO") }'; }
below() { awk -v a="$1" -v b="$2" 'BEGIN { print ((a < b) ? "yes" : "NO") }'; }

broken=()
# expect LABEL…: every answer of the last run must carry one of these labels, and no socket errors.
expect() {
    local label n others=0
    for label in $(tr ',' ' ' <<<"$answers"); do
        n=${label##*:}
        label=${label%:*}
        [[ " $* " == *" $label "* ]] || others=$((others + n))
    done
    if [ "$others" -gt 0 ] || [ "${socket_errors:-0}" -gt 0 ]; then
        broken+=("$row_name: $others unexpected answers, $socket_errors socket errors ($answers)")
        answers="!! $answers"
    fi
}

table=()
row_name=""
started=$(date +%s)
# row NAME FIGURE UNIT RATIO TARGET MET: one line of the table, with the last run's latency
# (unless $p50 is empty) and answers; also told on stderr as it comes.
row() {
    local latency=""
    [ -n "$p50" ] && latency=$(printf 'p50 %6.2f  p99 %6.2f' "$p50" "$p99")
    table+=("$(printf '%-54s %8.0f %-6s %-24s %-18s %-26s %-7s %s' \
        "$1" "$2" "$3" "$latency" "$4" "$5" "$6" "$answers")")
    echo "[$(($(date +%s) - started)) s] ${table[-1]}" >&2
}
section() { table+=("" "$1"); }
note() { table+=("$(printf '%-52s %s' "" "$1")"); }

# ---- the catalogue of the write rows -----------------------------------------------------------

# The issue rows issue up to tens of thousands of tickets in one hall in a few seconds, and each
# prefix allows 999 numbers a day: the write servers get the bundled catalogue plus 40 bench
# categories (prefixes KA…LN, one service each) to spread them over, and one more (ZZ, service
# BN-ZZ) whose numbers the mixed row uses up on purpose.
catalogue=$work/bench-catalogue.json
jq --argjson n 40 '
    .services[0] as $svc
    | .version = "bench-" + .version
    | .categories += [range($n) | {code: "bench_\(.)", prefix: ([75 + ((. / 26) | floor), 65 + (. % 26)] | implode),
                                   name_zh: "基准\(.)", name_en: "Bench \(.)"}]
    | .categories += [{code: "bench_used_up", prefix: "ZZ", name_zh: "基准(号已用完)", name_en: "Bench (numbers used up)"}]
    | .services += [range($n) | . as $i | $svc | .code = "BN-\($i)" | .category = "bench_\($i)" | .name_en = "Bench service \($i)"]
    | .services += [$svc | .code = "BN-ZZ" | .category = "bench_used_up" | .name_en = "Bench service ZZ"]
' "$root/resources/catalogue/catalogue.json" >"$catalogue"
real_services=SI-001,PE-001,UI-001,WI-001,CD-001,EM-001,TA-001,LR-001,RP-001
write_services=$real_services,$(seq -s, -f 'BN-%g' 0 39)
hall=MY-CITY

echo "http_load: $(date -I), load average $(cut -d" " -f1-3 /proc/loadavg), $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores, wrk $(wrk -v 2>&1 | head -n1 | awk '{print $2}' || true), data in $work and $shm"

# ---- 1. GET rows: one server (bundled catalogue, data on disk) against the bare server --------------

start bare "$bench_http" --serve-bare
bare_port=$port
bare_pid=$pid
server read "$work/read"
read_port=$port
read_pid=$pid
teller=$(login "$read_port" teller1 demo1234)
kiosk=$(login "$read_port" kiosk-city device1234)
base=http://127.0.0.1:$read_port
section "GET rows: wrk -t1 -c64, ${secs} s each; ratio = requests/s against the bare server"

bench 1 64 1 get.lua "http://127.0.0.1:$bare_port/ping" # warm-up of both sides
bench 1 64 1 get.lua "$base/health"
row_name="bare QAbstractHttpServer (fixed 15-byte body)"
bare_cpu=$(process_cpu "$bare_pid")
bench 1 64 "$secs" get.lua "http://127.0.0.1:$bare_port/ping"
bare=$rps
bare_cpu=$(awk -v a="$bare_cpu" -v b="$(process_cpu "$bare_pid")" 'BEGIN { printf "%.2f", b - a }')
expect 200
row "$row_name" "$rps" req/s "1.00 bare" "" ""
# wrk is not the bottleneck if it spends less CPU per request than even the bare server does.
note "CPU in this row: wrk $(wrk_cpu) s, the bare server $bare_cpu s (load generator headroom: $(ratio "$bare_cpu" "$(wrk_cpu)")x)"

row_name="GET /health"
bench 1 64 "$secs" get.lua "$base/health"
expect 200
row "$row_name" "$rps" req/s "$(ratio "$rps" "$bare") bare" "" ""

row_name="GET /api/v1/me (bearer token)"
bench 1 64 "$secs" get.lua "$base/api/v1/me" OW_TOKEN="$teller"
expect 200
r=$(ratio "$rps" "$bare")
row "$row_name" "$rps" req/s "$r bare" ">= 0.5 bare" "$(atleast "$r" 0.5)"

etag=$(curl -sS -D - -o /dev/null -H "Authorization: Bearer $teller" "$base/api/v1/catalogue" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: //p')
row_name="GET /api/v1/catalogue, If-None-Match (304)"
bench 1 64 "$secs" get.lua "$base/api/v1/catalogue" OW_TOKEN="$teller" OW_IF_NONE_MATCH="$etag"
expect 304
row "$row_name" "$rps" req/s "$(ratio "$rps" "$bare") bare" "" ""

row_name="GET /api/v1/catalogue (115 KB)"
bench 1 64 "$secs" get.lua "$base/api/v1/catalogue" OW_TOKEN="$teller"
expect 200
row "$row_name" "$rps" req/s "$(ratio "$rps" "$bare") bare" "" ""

# The queue snapshot as the line grows: 10, then 200, then 2,000 waiting (all prefixes in turn),
# asked as the desktop client asks (Qt's network access sends "Accept-Encoding: gzip, deflate").
declare -A snapshot
have=0
for want in 10 200 2000; do
    issue_many "$read_port" "$kiosk" "$hall" $((want - have)) "$real_services"
    have=$want
    n=$(waiting "$read_port" "$teller" "$hall")
    [ "$n" = "$want" ] || fail "the line holds $n tickets, not $want"
    row_name="GET /api/v1/halls/{hall}/queue, $want waiting"
    bench 1 64 "$secs" get.lua "$base/api/v1/halls/$hall/queue" OW_TOKEN="$teller" OW_ACCEPT_ENCODING="gzip, deflate"
    expect 200
    snapshot[$want]=$rps
    r=$(ratio "$rps" "$bare")
    case $want in
    200) row "$row_name" "$rps" req/s "$r bare" ">= 0.25 bare" "$(atleast "$r" 0.25)" ;;
    2000) row "$row_name" "$rps" req/s "$r bare" "10 vs 2,000 within 2x" \
        "$(within 2 "${snapshot[10]}" "${snapshot[2000]}")" ;;
    *) row "$row_name" "$rps" req/s "$r bare" "" "" ;;
    esac
    if [ "$want" = 200 ]; then
        row_name="GET /api/v1/halls/{hall}/queue, 200 waiting, uncompressed"
        bench 1 64 "$secs" get.lua "$base/api/v1/halls/$hall/queue" OW_TOKEN="$teller"
        expect 200
        row "$row_name" "$rps" req/s "$(ratio "$rps" "$bare") bare" "" ""
    fi
done
etag=$(curl -sS -D - -o /dev/null -H "Authorization: Bearer $teller" "$base/api/v1/halls/$hall/queue" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: //p')
row_name="GET …/queue, 2,000 waiting, If-None-Match"
bench 1 64 "$secs" get.lua "$base/api/v1/halls/$hall/queue" OW_TOKEN="$teller" OW_IF_NONE_MATCH="$etag"
expect 304 200
row "$row_name" "$rps" req/s "$(ratio "$rps" "$bare") bare" "" ""
[ -n "$etag" ] || note "(the snapshot has no ETag: this server is older than issue 12, so these are full 200s)"
stop "$bare_pid"

# ---- 2. server start to the first 200 on /health ---------------------------------------------------

# startup DATA_DIR PORT: $ms, the milliseconds from starting the process to its first 200 on
# /health, median of 5 starts (each stopped before the next). The port is the one the server
# had on this data dir before: free again, and known before the server says so.
startup() {
    local dir=$1 p=$2 times=() t0 t1 code
    for _ in 1 2 3 4 5; do
        t0=$(date +%s%N)
        "$server_bin" --listen "127.0.0.1:$p" --data-dir "$dir" --seed-demo >>"$work/startup.log" 2>&1 &
        pid=$!
        pids+=("$pid")
        code=000
        for _ in $(seq 1 2000); do
            code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$p/health" || true)
            [ "$code" = 200 ] && break
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.002
        done
        t1=$(date +%s%N)
        stop "$pid"
        [ "$code" = 200 ] || fail "the server on $dir never answered /health (see $work/startup.log)"
        times+=($(((t1 - t0) / 1000000)))
    done
    ms=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
}
stop "$read_pid"
section "Server start → first 200 on /health (--seed-demo on a seeded database; median of 5 starts)"
server demo "$work/demo"
demo_port=$port
stop "$pid"
startup "$work/demo" "$demo_port"
p50="" answers=""
row "start, demo database" "$ms" ms "" "< 300 ms" "$(below "$ms" 300)"
startup "$work/read" "$read_port"
row "start, demo database + the 2,000 waiting above" "$ms" ms "" "< 300 ms" "$(below "$ms" 300)"

# ---- 3. durable ticket issue --------------------------------------------------------------------

section "Ticket issue: POST …/tickets, wrk -t1 -c64, ${issue_secs} s each, fresh server each (catalogue + 41 bench prefixes)"
# fresh_writer NAME DATA_DIR WAITING: a fresh server with the bench catalogue and WAITING tickets
# (999 of them BN-ZZ, using up prefix ZZ, when WAITING ≥ 999); sets $port $pid $kiosk $teller.
fresh_writer() {
    server "$1" "$2" --catalogue "$catalogue"
    kiosk=$(login "$port" kiosk-city device1234)
    teller=$(login "$port" teller1 demo1234)
    local rest=$3
    if [ "$3" -ge 999 ]; then
        issue_many "$port" "$kiosk" "$hall" 999 BN-ZZ
        rest=$(($3 - 999))
    fi
    issue_many "$port" "$kiosk" "$hall" "$rest" "$write_services"
}
line_note() { note "line $1 → $(waiting "$port" "$teller" "$hall") waiting during the run"; }

row_name="bare one-fsync-per-insert loop (SQLite, WAL+FULL, disk)"
out=$("$bench_http" --insert-loop "$issue_secs" "$work") || fail "the insert loop failed: $out"
loop=$(sed -n 's/.*tx_per_s=\([^ ]*\).*/\1/p' <<<"$out")
p50="" answers=""
row "$row_name" "$loop" tx/s "1.00 loop" "" ""

row_name="issue, data on disk (durable), 10 waiting"
fresh_writer disk "$work/disk" 10
bench 1 64 "$issue_secs" issue.lua "http://127.0.0.1:$port" OW_TOKEN="$kiosk" OW_SERVICES="$write_services"
expect 201
durable=$(per_second "$(answered 201)" "$issue_secs")
durable_p99=$p99
r=$(ratio "$durable" "$loop")
row "$row_name" "$durable" 201/s "$r loop" ">= 3 loop; p99 < 20 ms" "$(atleast "$r" 3)/$(below "$p99" 20)"
line_note 10
stop "$pid"

row_name="issue, data on tmpfs (fsync free), 10 waiting"
fresh_writer tmpfs "$shm/tmpfs" 10
bench 1 64 "$issue_secs" issue.lua "http://127.0.0.1:$port" OW_TOKEN="$kiosk" OW_SERVICES="$write_services"
expect 201
free=$(per_second "$(answered 201)" "$issue_secs")
r=$(ratio "$durable" "$free")
row "$row_name" "$free" 201/s "$r durable/free" "durable >= 0.75 free" "$(atleast "$r" 0.75)"
line_note 10
stop "$pid"

row_name="issue, disk, 2,000 waiting"
fresh_writer long "$work/long" 2000
bench 1 64 "$issue_secs" issue.lua "http://127.0.0.1:$port" OW_TOKEN="$kiosk" OW_SERVICES="$write_services"
expect 201
clean=$(per_second "$(answered 201)" "$issue_secs")
row "$row_name" "$clean" 201/s "$(ratio "$clean" "$durable") 10-waiting" "10 vs 2,000 within 1.5x" "$(within 1.5 "$durable" "$clean")"
line_note 2000
stop "$pid"

# A third of the requests refused: the good ones' rate against the clean run just above.
row_name="mixed, 1/3 refused (409 used-up, 422), 2,000 waiting"
fresh_writer mixed "$work/mixed" 2000
code=$(curl -sS -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $kiosk" -H 'Content-Type: application/json' \
    -d '{"services":["BN-ZZ"]}' "http://127.0.0.1:$port/api/v1/halls/$hall/tickets")
[ "$code" = 409 ] || fail "prefix ZZ should be used up (409), the server answered $code"
bench 1 64 "$issue_secs" mixed.lua "http://127.0.0.1:$port" OW_TOKEN="$kiosk" OW_SERVICES="$write_services" OW_USED_UP_SERVICE=BN-ZZ
expect 201 409 422
good=$(per_second "$(answered 201)" "$issue_secs")
r=$(ratio "$good" "$clean")
row "$row_name" "$good" 201/s "$r clean" "no collapse: >= 0.5 clean" "$(atleast "$r" 0.5)"
line_note 2000
stop "$pid"

# ---- 4. call-next against the line's length -------------------------------------------------------

windows=1,2,3,4,5,6 # the comprehensive windows of MY-CITY: one wrk thread and connection each
section "Call-next: wrk -t6 -c6, each a teller cycling issue → call-next → no-show at its window, ${secs} s each"
fresh_writer callnext "$work/callnext" 10
open_windows "$port" "$teller" "$hall" 1 2 3 4 5 6
declare -A called
for want in 10 2000; do
    have=$(waiting "$port" "$teller" "$hall")
    issue_many "$port" "$kiosk" "$hall" $((want - have)) "$write_services"
    row_name="call-next cycle, $want waiting"
    bench 6 6 "$secs" callnext.lua "http://127.0.0.1:$port" OW_TOKEN="$teller" OW_KIOSK_TOKEN="$kiosk" \
        OW_SERVICES="$write_services" OW_WINDOWS="$windows"
    expect issue_201 call-next_200 no-show_200 call-next_held
    called[$want]=$(per_second "$(answered call-next_200)" "$secs")
    if [ "$want" = 10 ]; then
        row "$row_name" "${called[$want]}" call/s "" "" ""
    else
        row "$row_name" "${called[$want]}" call/s "$(ratio "${called[2000]}" "${called[10]}") 10-waiting" \
            "(issue's: within 1.5x)" "$(within 1.5 "${called[10]}" "${called[2000]}")"
    fi
    note "line $(waiting "$port" "$teller" "$hall") waiting after the run (p50/p99 over all three requests)"
done
stop "$pid"

# ---- the table --------------------------------------------------------------------------------

echo
printf '%-54s %8s %-6s %-24s %-18s %-26s %-7s %s\n' row figure "" "latency (ms)" ratio target met answers
printf '%s\n' "${table[@]}"
if [ "${#broken[@]}" -gt 0 ]; then
    echo
    echo "Rows with answers they should not get (see $work/*.log, kept):"
    printf '  %s\n' "${broken[@]}"
    OW_BENCH_KEEP=1
    exit 3
fi

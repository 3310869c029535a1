#!/usr/bin/env bash
# Load benchmark of `linimasa serve` on a generated store (issue 9; also the timeline query
# latency of issue 8): builds the release binary, generates and ingests N articles once
# (kept in $WORK), serves them on loopback and drives the timeline and search endpoints with
# wrk, first from one connection (latency of one query) and then from 200 at once.
#
#   Scripts/bench-serve.sh [ARTICLES]          # default 100000; needs wrk (apt-get install wrk)
#
# Environment: WORK (default /tmp/linimasa-bench), DURATION (seconds per run, default 20),
# BIN (a linimasa binary to use instead of building one).
set -euo pipefail

articles=${1:-100000}
work=${WORK:-/tmp/linimasa-bench}
duration=${DURATION:-20}
port=${PORT:-18080}
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$work"

command -v wrk >/dev/null || { echo "bench-serve: wrk is not installed (apt-get install wrk)" >&2; exit 1; }
if [[ -z "${BIN:-}" ]]; then
    swift build -c release --product linimasa --package-path "$root" >&2
    BIN="$root/.build/release/linimasa"
fi

db="$work/store-$articles.db"
if [[ ! -s "$db" ]]; then
    echo "generating and ingesting $articles articles into $db" >&2
    python3 "$root/Scripts/generate-corpus.py" --articles "$articles" > "$work/corpus-$articles.jsonl"
    /usr/bin/time -v "$BIN" ingest --db "$db" --quiet "$work/corpus-$articles.jsonl" 2> "$work/ingest-$articles.log" >&2 \
        || { cat "$work/ingest-$articles.log" >&2; exit 1; }
    grep -E "Maximum resident|Elapsed" "$work/ingest-$articles.log" >&2
fi

"$BIN" serve --db "$db" --port "$port" > "$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
    curl -sf "http://127.0.0.1:$port/api/status" >/dev/null && break
    sleep 0.2
done

people=("Prabowo%20Subianto" "Kim%20Jong%20Un" "Vladimir%20Putin" "Anwar%20Ibrahim" "Emmanuel%20Macron" "Xi%20Jinping"
    "Joe%20Biden" "Lawrence%20Wong" "Narendra%20Modi" "Anthony%20Albanese" "Korea%20Utara" "Rusia")
words=("kunjungan" "mengunjungi%20Beijing" "perjanjian%20kerja%20sama" "rudal%20balistik" "%22ucapan%20selamat%22"
    "bertemu%20Putin" "pertahanan" "delegasi%20menteri" "kemitraan%20strategis" "mengecam%20latihan")

# One Lua script per query kind: each request picks one of the kind's paths at random.
script() {
    local name=$1; shift
    {
        echo "local paths = {"
        for path in "$@"; do echo "  \"$path\","; done
        echo "}"
        echo "math.randomseed(7)"
        echo "request = function() return wrk.format(\"GET\", paths[math.random(#paths)]) end"
    } > "$work/$name.lua"
}
entity_paths=(); range_paths=(); month_paths=(); search_paths=(); filtered_paths=()
for person in "${people[@]}"; do
    entity_paths+=("/api/timeline?entity=$person&limit=100")
    for year in 2020 2022 2024; do range_paths+=("/api/timeline?entity=$person&from=$year-01-01&to=$year-12-31&limit=100"); done
done
for month in 2019-03 2020-07 2021-11 2023-02 2024-06 2025-09; do month_paths+=("/api/timeline?from=$month-01&to=$month-28&limit=100"); done
for word in "${words[@]}"; do
    search_paths+=("/api/search?q=$word&limit=20")
    filtered_paths+=("/api/search?q=$word&from=2022-01-01&to=2023-12-31&outlet=Antara&limit=20")
done
script timeline-entity "${entity_paths[@]}"
script timeline-entity-year "${range_paths[@]}"
script timeline-month "${month_paths[@]}"
script search "${search_paths[@]}"
script search-filtered "${filtered_paths[@]}"

run() { # kind connections
    local out
    out=$(wrk -t"$(( $2 < 2 ? $2 : 2 ))" -c"$2" -d"${duration}s" --timeout 10s --latency -s "$work/$1.lua" "http://127.0.0.1:$port" 2>&1)
    local rps p50 p99 errors
    rps=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
    p50=$(awk '$1 == "50%" {print $2}' <<< "$out")
    p99=$(awk '$1 == "99%" {print $2}' <<< "$out")
    errors=$(grep -E "Non-2xx|Socket errors" <<< "$out" | tr '\n' ' ' || true)
    printf "| %-20s | %4s | %9s | %9s | %9s | %s |\n" "$1" "$2" "$rps" "$p50" "$p99" "${errors:-none}"
}

echo
echo "linimasa serve on $articles articles ($(curl -s "http://127.0.0.1:$port/api/status"))"
echo
echo "| query                | conn | requests/s | p50      | p99      | errors |"
echo "|----------------------|------|-----------|-----------|-----------|--------|"
for kind in timeline-entity timeline-entity-year timeline-month search search-filtered; do
    run "$kind" 1
    run "$kind" 200
done
echo
echo "peak server memory: $(grep VmHWM /proc/$server/status | awk '{print $2, $3}')"

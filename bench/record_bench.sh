#!/usr/bin/env bash
# Flight recorder size and cost against atop, same minutes, same host:
#   `oomlens-cli record --output DIR --interval 1000` (processes every 5 s)  vs  `atop -w FILE 1`
# with ~2,000 extra processes in 100 memory cgroups, in two scenarios:
#   steady: 2,000 idle `sleep`s (few processes change between samples);
#   churn:  2,000 processes (bench/rss_churn.c) whose RSS changes every second.
# Prints bytes/hour and CPU ms per sample of both, the size ratio, and `top -b -n 1`'s CPU for one
# refresh on the same host. Not a test: run it by hand, as root.
#
#   bash bench/record_bench.sh [path/to/oomlens-cli] [seconds per scenario, default 600] [steady|churn|both]
set -euo pipefail
cd "$(dirname "$0")/.."
CLI=${1:-build/app/oomlens-cli/oomlens-cli}
RUN=${2:-600}
WHICH=${3:-both}
[ -x "$CLI" ] || { echo "no oomlens-cli at $CLI (build first)" >&2; exit 2; }
command -v atop > /dev/null || { echo "atop not installed (scripts/deps.sh)" >&2; exit 2; }
TMP=$(mktemp -d)
cc -O2 -o "$TMP/rss_churn" bench/rss_churn.c

scenario() { # name nproc_sleep churn
    local name=$1
    NPROC=$2
    NCG=100
    NAME=oomlens-recbench
    (
        # shellcheck source=bench/host_load.sh
        source bench/host_load.sh
        CHURN=
        if [ "$3" -gt 0 ]; then
            "$TMP/rss_churn" "$3" "$BASE" "$NCG" &
            CHURN=$!
            for _ in $(seq 120); do [ "$(pgrep -c -P "$CHURN")" -ge "$3" ] && break; sleep 1; done
            sleep 2
        fi
        echo "== $name: $(ls -d /proc/[0-9]* | wc -l) processes, ${RUN} s at 1 s"
        rm -rf "$TMP/rec" "$TMP/atop.raw"
        ( TIMEFORMAT='%3U %3S'; { time "$CLI" record --output "$TMP/rec" --duration "$RUN" --interval 1000 --quiet \
            --max-bytes 0 > "$TMP/ours.out" 2>&1; } 2> "$TMP/ours.time" ) &
        local ours=$!
        ( TIMEFORMAT='%3U %3S'; { time atop -w "$TMP/atop.raw" 1 "$RUN" > /dev/null 2>&1; } 2> "$TMP/atop.time" ) &
        local atopp=$!
        wait $ours $atopp
        local tops=0
        for i in 1 2 3 4 5; do
            local t
            t=$( { TIMEFORMAT='%3U %3S'; time top -b -n 1 > /dev/null; } 2>&1 | awk '{ printf "%.0f", ($1 + $2) * 1000 }')
            tops=$((tops + t))
        done
        if [ -n "$CHURN" ]; then kill "$CHURN" 2>/dev/null || true; sleep 2; fi # children die with it (PDEATHSIG)
        local samples bytes abytes
        samples=$(awk '/^samples/ { print $2 }' "$TMP/ours.out" | tr -d ,)
        bytes=$(cat "$TMP"/rec/seg-*.oomrec | wc -c)
        abytes=$(stat -c %s "$TMP/atop.raw")
        awk -v s="$samples" -v b="$bytes" -v ab="$abytes" -v run="$RUN" -v top="$tops" \
            -v ours="$(awk '{ print ($1 + $2) * 1000 }' "$TMP/ours.time")" \
            -v atop="$(awk '{ print ($1 + $2) * 1000 }' "$TMP/atop.time")" 'BEGIN {
            printf "%-34s %12s %14s %14s\n", "", "bytes", "MB/hour", "CPU ms/sample"
            # MB/hour = bytes per sample x 3,600 (a loaded host may take fewer than one sample a second)
            printf "%-34s %12d %14.2f %14.1f\n", "oomlens-cli record (" s " samples)", b, b / s * 3600 / 1e6, ours / s
            printf "%-34s %12d %14.2f %14.1f\n", "atop -w FILE 1 (" run " samples)", ab, ab / run * 3600 / 1e6, atop / run
            printf "%-34s %12s %14s %14.1f\n", "top -b -n 1 (one refresh, mean of 5)", "", "", top / 5
            printf "atop file / oomlens recording = %.1fx\n", ab / b
        }'
        sed 's/^/  oomlens: /' "$TMP/ours.out"
    )
}

echo "host: $(uname -r), $(nproc) CPUs"
case $WHICH in
steady) scenario steady 2000 0 ;;
churn) scenario churn 0 2000 ;;
both) scenario steady 2000 0; scenario churn 0 2000 ;;
esac
rm -rf "$TMP"

#!/usr/bin/env bash
# Live sampling cost: `oomlens-cli record` (the desktop program's live sampler, History and OOM
# watcher, headless) sampling every 1 s for 60 s, against `top -b -d 1 -n 60` running over the
# same 60 s in the same run, with 2,000 extra processes (sleep) in 100 extra memory cgroups.
# Then the resident memory after an hour's worth of history (3,600 samples appended at once)
# against History's stated 16 MiB budget. Not a test: run it by hand, as root.
#
#   bash bench/live_bench.sh [path/to/oomlens-cli] [seconds]
#
# CPU = user + system time of each command (bash `time`, i.e. getrusage of the child).
set -euo pipefail
cd "$(dirname "$0")/.."
CLI=${1:-build/app/oomlens-cli/oomlens-cli}
SECONDS_TO_RUN=${2:-60}
NPROC=2000
NCG=100

[ -x "$CLI" ] || { echo "no oomlens-cli at $CLI (build first)" >&2; exit 2; }
NAME=oomlens-livebench
# shellcheck source=bench/host_load.sh
source bench/host_load.sh
echo "host: $(uname -r), $(nproc) CPUs, $(ls -d /proc/[0-9]* | wc -l) processes, $(find /sys/fs/cgroup -name cgroup.procs 2>/dev/null | wc -l) cgroup directories"

TMP=$(mktemp -d)
# Both run at once over the same seconds; each one's CPU comes from its own `time`.
( TIMEFORMAT='%3U %3S'; { time "$CLI" record --duration "$SECONDS_TO_RUN" --interval 1000 --quiet > "$TMP/ours.out" 2>&1; } 2> "$TMP/ours.time" ) &
OURS=$!
( TIMEFORMAT='%3U %3S'; { time top -b -d 1 -n "$SECONDS_TO_RUN" > /dev/null 2>&1; } 2> "$TMP/top.time" ) &
TOP=$!
wait $OURS $TOP

ms() { awk '{ printf "%.0f", ($1 + $2) * 1000 }' "$1"; }
ours=$(ms "$TMP/ours.time")
top=$(ms "$TMP/top.time")
printf '%-58s %10s %8s\n' "command (${SECONDS_TO_RUN} s, 1 s interval)" "CPU ms" "vs top"
printf '%-58s %10s %8s\n' "oomlens-cli record --interval 1000 (processes every 5 s)" "$ours" \
    "$(awk -v a="$ours" -v b="$top" 'BEGIN { printf "%.2f", a / b }')"
printf '%-58s %10s %8s\n' "top -b -d 1 -n $SECONDS_TO_RUN" "$top" "1.00"
sed 's/^/  oomlens: /' "$TMP/ours.out"

# Memory: sample a few seconds, then append an hour's worth of samples at once.
"$CLI" record --duration 5 --interval 1000 --quiet --fill-history 3600 > "$TMP/mem.out"
sed 's/^/  memory: /' "$TMP/mem.out"
awk '/^history/ { used = $4; budget = $7; sub(/\)/, "", budget) }
     /^resident/ { before = $5; sub(/,/, "", before); after = $7 }
     END { printf "history: %.2f MiB used of a %.0f MiB budget; resident %.1f MiB after the hour (%+.1f MiB for the fill)\n",
                  used / 1048576, budget / 1048576, after / 1024, (after - before) / 1024 }' "$TMP/mem.out"
rm -rf "$TMP"

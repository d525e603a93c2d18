#!/usr/bin/env bash
# CPU time of one live snapshot: `oomlens-cli snapshot --json` against `top -b -n 1` and
# `ps -eo pid,rss,oom,oomadj,comm`, on the same host in the same run, with 2,000 extra processes
# (sleep) spread over 100 extra memory cgroups. Not a test: run it by hand, as root.
#
#   bash bench/snapshot_bench.sh [path/to/oomlens-cli] [runs]
#
# CPU time = user + system time of the command (bash's `time`, i.e. getrusage of the child),
# averaged over `runs` runs (default 10) after one warm-up run of each.
set -euo pipefail
cd "$(dirname "$0")/.."
CLI=${1:-build/app/oomlens-cli/oomlens-cli}
RUNS=${2:-10}
NPROC=2000
NCG=100

[ -x "$CLI" ] || { echo "no oomlens-cli at $CLI (build first)" >&2; exit 2; }
NAME=oomlens-bench
# shellcheck source=bench/host_load.sh
source bench/host_load.sh
echo "host: $(uname -r), $(nproc) CPUs, $(ls -d /proc/[0-9]* | wc -l) processes, $(find /sys/fs/cgroup -name cgroup.procs 2>/dev/null | wc -l) cgroup directories"

# cpu_ms CMD...: average user+sys milliseconds over RUNS runs.
cpu_ms() {
    local total=0 t
    "$@" > /dev/null 2>&1 # warm-up (page cache, dentries)
    for ((r = 0; r < RUNS; r++)); do
        t=$( { TIMEFORMAT='%3U %3S'; time "$@" > /dev/null 2>&1; } 2>&1 )
        total=$(awk -v a="$total" -v t="$t" 'BEGIN { split(t, x, " "); printf "%.3f", a + (x[1] + x[2]) * 1000 }')
    done
    awk -v a="$total" -v n="$RUNS" 'BEGIN { printf "%.1f", a / n }'
}

ours=$(cpu_ms "$CLI" snapshot --json)
full=$(cpu_ms "$CLI" snapshot --json --cmdlines --pagetypeinfo)
top=$(cpu_ms top -b -n 1)
ps=$(cpu_ms ps -eo pid,rss,oom,oomadj,comm)
printf '%-42s %10s %8s\n' command "CPU ms" "vs top"
printf '%-42s %10s %8s\n' "oomlens-cli snapshot --json" "$ours" "$(awk -v a="$ours" -v b="$top" 'BEGIN { printf "%.2f", a / b }')"
printf '%-42s %10s %8s\n' "  ... --cmdlines --pagetypeinfo" "$full" "$(awk -v a="$full" -v b="$top" 'BEGIN { printf "%.2f", a / b }')"
printf '%-42s %10s %8s\n' "top -b -n 1" "$top" "1.00"
printf '%-42s %10s %8s\n' "ps -eo pid,rss,oom,oomadj,comm" "$ps" "$(awk -v a="$ps" -v b="$top" 'BEGIN { printf "%.2f", a / b }')"
echo "(average of $RUNS runs each; user + system CPU time of the command)"

#!/bin/sh
# Times `oomlens-cli analyze --json` against `grep -c 'invoked oom-killer'` and `cat FILE > /dev/null`
# on the same file in one run, with peak RSS from /usr/bin/time -v. Not a test.
# Usage: analyze_bench.sh [FILE] [CLI]   (build the file with bench/make_big_log.sh)
set -eu
file=${1:-/tmp/oomlens-big.log}
here=$(cd "$(dirname "$0")" && pwd)
cli=${2:-$here/../build/app/oomlens-cli/oomlens-cli}
[ -r "$file" ] || { echo "no $file: run bench/make_big_log.sh first" >&2; exit 1; }
[ -x "$cli" ] || { echo "no $cli: build first" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

runs=${RUNS:-3}
run() { # name, command...: prints "name best_wall_seconds best_cpu_seconds peak_kib" over $runs runs
    name=$1; shift
    best=""; bestcpu=""; peak=0
    i=0
    while [ $i -lt "$runs" ]; do
        /usr/bin/time -v -o "$tmp/$name.time" "$@" > "$tmp/$name.out"
        secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$tmp/$name.time")
        cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {print u+s}' "$tmp/$name.time")
        kib=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tmp/$name.time")
        best=$(awk -v a="$best" -v b="$secs" 'BEGIN {print (a == "" || b < a) ? b : a}')
        bestcpu=$(awk -v a="$bestcpu" -v b="$cpu" 'BEGIN {print (a == "" || b < a) ? b : a}')
        peak=$(awk -v a="$peak" -v b="$kib" 'BEGIN {print (b > a) ? b : a}')
        i=$((i + 1))
    done
    echo "$name $best $bestcpu $peak"
}

cat "$file" > /dev/null # warm the page cache so every contender reads from memory
size=$(stat -c %s "$file")
echo "file: $file ($(awk -v s="$size" 'BEGIN {printf "%.0f MiB", s/1048576}'))"
c=$(run cat sh -c "cat '$file' > /dev/null")
g=$(run grep grep -c 'invoked oom-killer' "$file")
a=$(run analyze "$cli" analyze --json "$file")
# The same with the block skim limited to AVX2 and to SSE2 (for CPUs without AVX-512), when this one has them.
extra=""
for isa in avx2 sse2; do
    grep -qw "$isa" /proc/cpuinfo || continue
    extra="$extra
$(run "analyze-$isa" env OOMLENS_SKIM_ISA=$isa "$cli" analyze --json "$file")"
    cmp -s "$tmp/analyze.out" "$tmp/analyze-$isa.out" || echo "warning: analyze-$isa output differs" >&2
done
echo "grep count: $(cat "$tmp/grep.out")  analyze events: $(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['summary']['events'])" "$tmp/analyze.out")"
echo "best of $runs runs each; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-15s %9s %9s %12s %16s %15s\n' tool "wall s" "cpu s" "peak RSS" "analyze/tool wall" "analyze/tool cpu"
at=$(echo "$a" | awk '{print $2}')
ac=$(echo "$a" | awk '{print $3}')
echo "$c
$g
$a$extra" | while read -r line; do
    [ -n "$line" ] || continue
    set -- $line
    printf '%-15s %9.2f %9.2f %8.1f MiB %16.2fx %15.2fx\n' "$1" "$2" "$3" "$(echo "$4" | awk '{print $1/1024}')" \
        "$(awk -v x="$at" -v y="$2" 'BEGIN {if (y > 0) print x/y; else print 0}')" \
        "$(awk -v x="$ac" -v y="$3" 'BEGIN {if (y > 0) print x/y; else print 0}')"
done
echo "(ratios: analyze / tool; <= 1.00 against grep meets the target)"
gc=$(echo "$g" | awk '{print $3}')
echo "$a$extra" | while read -r name wall cpu kib; do
    [ -n "$name" ] || continue
    printf '%-15s / grep -c: %.2fx cpu\n' "$name" "$(awk -v x="$cpu" -v y="$gc" 'BEGIN {print x/y}')"
done

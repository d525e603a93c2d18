#!/bin/bash
# OOM Lens reading a systemd journal directory of >= 1 GiB against journalctl -k on the same files.
#   bench/journal_bench.sh [BUILD_DIR] [GIB]
# Writes export streams (one boot, one host: `journalctl -k` shows the last boot only, so both
# read the same kernel entries), turns them into real journal files with systemd-journal-remote,
# then times (hyperfine when present, else `time`, best of 3):
#   oomlens-cli analyze --json DIR > /dev/null
#   journalctl -k -o short-monotonic --no-pager --directory DIR > /dev/null
# and prints the ratio. The directory is deleted afterwards (it is large).
set -euo pipefail
BUILD=${1:-build}
GIB=${2:-1}
CLI=$BUILD/app/oomlens-cli/oomlens-cli
REMOTE=/lib/systemd/systemd-journal-remote
[ -x "$CLI" ] || { echo "no $CLI: build first" >&2; exit 1; }
[ -x "$REMOTE" ] || { echo "no $REMOTE (apt-get install systemd-journal-remote)" >&2; exit 1; }
WORK=$(mktemp -d /tmp/oomlens-journal-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
DIR=$WORK/journal
mkdir -p "$DIR"
REPORT=$(dirname "$0")/../tests/data/oom-logs/k5.4-arm64-64k-pages-cma-vendor-hook-panic-on-oom-2-kdb.log

# Chunks of ~128 MiB of journal each (journal-remote writes one file per run) until GIB is reached.
chunk=0
while [ "$(du -sb "$DIR" | cut -f1)" -lt $((GIB * 1024 * 1024 * 1024)) ]; do
    python3 - "$chunk" "$REPORT" > "$WORK/chunk.export" <<'PY'
import sys, random
chunk = int(sys.argv[1]); report = [l.rstrip('\n') for l in open(sys.argv[2], errors='replace')]
import re
report = [m.group(1) for m in (re.match(r'^\[ *\d+\.\d+\] (.*)$', l) for l in report) if m]
rnd = random.Random(chunk)
boot = '5f0c8e1d2b3a4c6d8e7f9a0b1c2d3e4f'
units = ['nginx.service', 'postgresql.service', 'cron.service', 'sshd.service', 'app-worker@1.service',
         'containerd.service', 'kubelet.service', 'systemd-logind.service']
out = sys.stdout
N = 220000
base_us = chunk * N * 2000
for i in range(N):
    mono = 1000000 + base_us + i * 2000
    rt = 1700000000000000 + mono
    head = f"__REALTIME_TIMESTAMP={rt}\n__MONOTONIC_TIMESTAMP={mono}\n_BOOT_ID={boot}\n_HOSTNAME=bench-host\n_MACHINE_ID=0a1b2c3d4e5f60718293a4b5c6d7e8f9\n"
    if i % 20 == 0:
        # kernel lines: ordinary ones, and a whole OOM report every 20000 entries
        if i % 20000 == 0:
            for j, msg in enumerate(report):
                out.write(head + f"_TRANSPORT=kernel\nSYSLOG_IDENTIFIER=kernel\nPRIORITY=4\n_SOURCE_MONOTONIC_TIMESTAMP={mono - 500 + j}\nMESSAGE={msg}\n\n")
            continue
        out.write(head + f"_TRANSPORT=kernel\nSYSLOG_IDENTIFIER=kernel\nPRIORITY=6\n_SOURCE_MONOTONIC_TIMESTAMP={mono - 500}\n"
                  f"MESSAGE=eth0: link up, {rnd.randint(100, 10000)} Mbps, full duplex, lpa 0x{rnd.randint(0, 65535):04X}\n\n")
        continue
    u = rnd.choice(units)
    pid = 1000 + units.index(u)
    out.write(head + f"_TRANSPORT=stdout\n_SYSTEMD_UNIT={u}\nSYSLOG_IDENTIFIER={u.split('.')[0]}\n_PID={pid}\n_UID=0\n_COMM={u.split('.')[0][:15]}\n"
              f"_CMDLINE=/usr/bin/{u.split('.')[0]} --config /etc/{u.split('.')[0]}/main.conf --workers 8\nPRIORITY=6\n"
              f"MESSAGE=request {i} served in {rnd.randint(1, 900)} ms from 10.{rnd.randint(0,255)}.{rnd.randint(0,255)}.{rnd.randint(0,255)} status {rnd.choice([200,200,200,304,404,500])} bytes {rnd.randint(100, 90000)}\n\n")
PY
    "$REMOTE" --split-mode=none -o "$DIR/remote-bench-$chunk.journal" "$WORK/chunk.export" 2>/dev/null
    chunk=$((chunk + 1))
done
rm -f "$WORK/chunk.export"
echo "journal: $(du -sh "$DIR" | cut -f1) in $chunk file(s), $(journalctl --directory "$DIR" -k -q --no-pager | wc -l) kernel lines"
echo "oomlens: $("$CLI" analyze --json "$DIR" | python3 -c 'import json,sys; print(json.load(sys.stdin)["summary"])')"

best() { # best wall time of 3 runs, in seconds
    local b=
    for _ in 1 2 3; do
        local s e
        s=$(date +%s.%N); "$@" > /dev/null; e=$(date +%s.%N)
        b=$(python3 -c "t=$e-$s; b='$b'; print(min(t, float(b)) if b else t)")
    done
    echo "$b"
}
cat "$DIR"/* > /dev/null # warm the page cache for both
OURS=$(best "$CLI" analyze --json "$DIR")
PEER=$(best journalctl -k -o short-monotonic --no-pager --directory "$DIR")
python3 -c "print(f'oomlens-cli analyze --json: {$OURS:.3f} s  journalctl -k -o short-monotonic: {$PEER:.3f} s  ratio {$OURS/$PEER:.2f}x')"

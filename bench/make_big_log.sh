#!/bin/sh
# Builds a big kernel log for bench/analyze_bench.sh: the corpus OOM reports (tests/data/oom-logs)
# interleaved with ordinary kernel lines, dmesg-style reports re-stamped with a rising uptime so
# each copy is a distinct event. Usage: make_big_log.sh [OUT] [SIZE_MIB]  (default /tmp/oomlens-big.log, 1100)
set -eu
out=${1:-/tmp/oomlens-big.log}
size_mib=${2:-1100}
here=$(cd "$(dirname "$0")" && pwd)
exec python3 - "$here/../tests/data/oom-logs" "$out" "$size_mib" <<'PY'
import glob, os, re, sys
corpus, out, size_mib = sys.argv[1], sys.argv[2], int(sys.argv[3])
reports = [open(f, encoding="utf-8", errors="surrogateescape").read().splitlines()
           for f in sorted(glob.glob(os.path.join(corpus, "*.log")))]
stamp = re.compile(r"^\[\s*\d+\.\d+\]")
ordinary = [
    "usb 1-1.2: new high-speed USB device number 7 using xhci_hcd",
    "EXT4-fs (nvme0n1p2): re-mounted. Opts: errors=remount-ro. Quota mode: none.",
    "audit: type=1400 audit(1700000000.123:456): apparmor=\"STATUS\" operation=\"profile_load\" name=\"snap.lxd\" pid=1234 comm=\"apparmor_parser\"",
    "IPv6: ADDRCONF(NETDEV_CHANGE): enp3s0: link becomes ready",
    "nf_conntrack: default automatic helper assignment has been turned off for security reasons",
    "r8169 0000:03:00.0 enp3s0: Link is Up - 1Gbps/Full - flow control rx/tx",
    "wlp2s0: authenticated",
    "Bluetooth: hci0: Waiting for firmware download to complete",
    "br-4f2a: port 1(veth7c1d2e3) entered forwarding state",
    "docker0: port 2(vethab12cd3) entered blocking state",
    "TCP: request_sock_TCP: Possible SYN flooding on port 443. Sending cookies.",
    "perf: interrupt took too long (2504 > 2500), lowering kernel.perf_event_max_sample_rate to 79750",
    "systemd-journald[412]: Data hash table of /var/log/journal/system.journal has a fill level at 75.0",
    "xfs filesystem being remounted at /var/lib/docker supports timestamps until 2038",
    "nvme nvme0: 16/0/0 default/read/poll queues",
    "overlayfs: upper fs does not support RENAME_WHITEOUT.",
]
target = size_mib * 1024 * 1024
written, uptime, i, r = 0, 10.0, 0, 0
block_lines = 20000  # ~2 MiB of ordinary lines between two reports
with open(out, "w", encoding="utf-8", errors="surrogateescape") as f:
    while written < target:
        buf = []
        for _ in range(block_lines):
            uptime += 0.000731
            buf.append("[%12.6f] %s\n" % (uptime, ordinary[i % len(ordinary)]))
            i += 1
        rep = reports[r % len(reports)]
        r += 1
        for line in rep:
            if stamp.match(line):
                uptime += 0.000013
                line = stamp.sub("[%12.6f]" % uptime, line, count=1)
            buf.append(line + "\n")
        text = "".join(buf)
        f.write(text)
        written += len(text.encode("utf-8", "surrogateescape"))
print("%s: %.0f MiB, %d reports" % (out, written / 1048576, r))
PY

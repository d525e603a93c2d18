#!/usr/bin/env python3
"""Builds the kernel logs bench/analyze_mix_bench.sh measures: the real OOM reports of
tests/data/oom-logs between blocks of ordinary kernel lines, one file per mix of ordinary lines
(where they come from) and line form (how a host wrote them down).

Pools of ordinary (non-OOM) messages:
  corpus    every line of the real logs in tests/data/oom-logs that is not part of a report
            (prefix stripped; report parts dropped by the patterns below)
  vm        tests/data/ordinary/vm-6.18-dmesg.log: the dmesg of the build VM (its OOM reports dropped)
  families  tests/data/ordinary/kernel-families.txt: ext4, IPv6, audit/apparmor/SELinux, TCP,
            netfilter, nvme, systemd, bridge/veth, USB, drm messages as kernels print them
  all       the three together
Forms: bare "[  123.456789] msg", dmesg -T "[Fri Dec  4 15:07:58 2026] msg", syslog
"Dec  4 15:07:58 host kernel: [  123.456789] msg", syslog without the uptime stamp, RFC 3339
"2026-12-04T15:07:58.123456+00:00 host kernel: msg"; other programs' syslog lines in between.

Usage: make_mix_logs.py OUTDIR [SIZE_MIB] [MIX...]   (MIX: pool-form, e.g. families-bare)
"""
import datetime
import glob
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "tests", "data")
FORMS = ["bare", "dmesgT", "syslog", "syslog-nouptime", "rfc3339"]
POOLS = ["corpus", "vm", "families", "all"]

# Prefixes a host puts before the kernel's message (LineFramer.h lists what the program reads).
PREFIXES = [
    re.compile(r"^\d{4}-\d\d-\d\dT[\d:.]+(?:Z|[+-][\d:]+)? \S+ kernel(?:\[\d+\])?: ?"),  # RFC 3339
    re.compile(r"^[A-Z][a-z]{2} [ \d]\d [\d:.]+ (?:\S+ )?kernel(?:\[\d+\])?: ?"),  # syslog
    re.compile(r"^[a-z]+\|kernel[^|]*\|"),  # vendor template
    re.compile(r"^kernel: "),
    re.compile(r"^<\d>"),
    re.compile(r"^\[[^\]]*\d\d:\d\d:\d\d \d{4}\] ?"),  # dmesg -T
    re.compile(r"^\[ *[+]?\d+\.\d+\] ?"),  # printk stamp
    re.compile(r"^\[ *[TC]\d+\] ?"),  # caller id
]
OTHER_PROGRAM = re.compile(r"^[A-Z][a-z]{2} [ \d]\d [\d:.]+ \S+ (?!kernel)[\w.@/-]+(?:\[\d+\])?: ")

# Report parts and the context a report carries (mm/oom_kill.c dump_header(), show_mem(),
# dump_tasks(), lib/dump_stack.c, arch stack dumpers): never "ordinary" for the benchmark.
REPORT = re.compile(
    r"invoked oom|oom|Out of memory|Killed process|Kill process|Mem-Info|Mem-info|active_anon|Active:"
    r"|^Node \d|^(DMA|DMA32|Normal|HighMem|Movable|Device)[ :]|lowmem_reserve|pagecache|pages RAM"
    r"|pages reserved|pages HighMem|pages in swap|pages cma|Free swap|Total swap|Swap cache|hugepages"
    r"|free:|^\d+ pages|Unreclaimable|Name +Used|^\S+ +\d+KB +\d+KB|Memory cgroup|memory:|memory\+swap|kmem:"
    r"|Tasks state|\[ *pid *\]|^\[ *\d+\] |Task in|cpuset=|mems_allowed|Kernel panic|Kernel Offset|end Kernel"
    r"|Rebooting|^CPU: |^Pid: |Comm:|Modules linked|Hardware name|Call Trace|Call trace|Backtrace|<TASK>"
    r"|</TASK>|<IRQ>|</IRQ>|\+0x[0-9a-f]+/0x|^\[<|^R[A-Z0-9]{2}:|^Code:|^Stack:|^Workqueue:|^ ?(pc|lr|sp|x\d+|epc|ra|gp|tp|t\d|s\d+|a\d) *:"
    r"|^[0-9a-f]{8,16}( [0-9a-f]{8,16})*$|^CPU +\d+: hi:|^(active|inactive|isolated|unevictable|mapped|slab|free|sec_pagetables|shmem|pagetables)\w*:\d"
    r"|^[a-z_]+ \d+$|\(\S+\.[cS]:\d+|^<<<|\$ |^\(\d\)|^Hi all|^I've|^guest running|cut here|end trace|^FAP|collected_len"
    r"|\d+kB|rss:|^\d+ +-?\d+ +\S+$|^[0-9a-f]{4}:|Exception stack|sysrq|SysRq|kdb|pstate:|crashdump|^O +\d|^Bye"
    r"|stopping|reclaimable:|^<snip>|OOM|^\w+ \d+ [\d:]+ \S+\[\d+\]:"
    r"|dump_stack|page allocation|^\s*$|^\.\.\.|^\[\.\.\.\]|…|^total_|^hierarchical|^(cache|rss|rss_huge|shmem|mapped_file|dirty|writeback|swap|pgpgin|pgpgout|pgfault|pgmajfault|inactive_anon|active_file|inactive_file|unevictable|workingset_\w+|swapcached) \d"
)


def strip_prefix(line):
    for p in PREFIXES:
        m = p.match(line)
        if m:
            line = line[m.end():]
    return line


def ordinary_messages(lines):
    out = []
    for raw in lines:
        if OTHER_PROGRAM.match(raw):
            continue
        msg = strip_prefix(raw.rstrip("\r")).strip()
        if msg and not REPORT.search(msg):
            out.append(msg)
    return out


def read_lines(path):
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        return f.read().splitlines()


def pools():
    corpus = []
    for f in sorted(glob.glob(os.path.join(DATA, "oom-logs", "*.log"))):
        corpus += ordinary_messages(read_lines(f))
    vm = ordinary_messages(read_lines(os.path.join(DATA, "ordinary", "vm-6.18-dmesg.log")))
    families = [l for l in read_lines(os.path.join(DATA, "ordinary", "kernel-families.txt")) if l.strip()]
    # " nvme0n1: p1 p2" keeps its leading space (block/partitions/check.c prints it that way).
    return {"corpus": corpus, "vm": vm, "families": families, "all": corpus + vm + families}


PROGRAMS = ["systemd[1]: Started Session 42 of User debian.", "CRON[2231]: (root) CMD (command -v debian-sa1)",
            "sshd[4412]: Accepted publickey for debian from 192.0.2.5 port 51234 ssh2",
            "dbus-daemon[601]: [system] Successfully activated service 'org.freedesktop.hostname1'"]


class Clock:
    def __init__(self):
        self.uptime = 10.0
        self.wall = datetime.datetime(2026, 12, 4, 15, 7, 58)

    def tick(self):
        self.uptime += 0.000731
        self.wall += datetime.timedelta(microseconds=731)

    def line(self, form, msg):
        up = "[%12.6f]" % self.uptime
        w = self.wall
        if form == "bare":
            return "%s %s\n" % (up, msg)
        if form == "dmesgT":
            return "[%s] %s\n" % (w.strftime("%a %b ") + "%2d " % w.day + w.strftime("%H:%M:%S %Y"), msg)
        syslog = w.strftime("%b ") + "%2d " % w.day + w.strftime("%H:%M:%S")
        if form == "syslog":
            return "%s myhost kernel: %s %s\n" % (syslog, up, msg)
        if form == "syslog-nouptime":
            return "%s myhost kernel: %s\n" % (syslog, msg)
        if form == "rfc3339":
            return "%s+00:00 myhost kernel: %s\n" % (w.strftime("%Y-%m-%dT%H:%M:%S.%f"), msg)
        raise ValueError(form)

    def program(self, form, text):
        w = self.wall
        if form in ("syslog", "syslog-nouptime"):
            return "%s %2d %s myhost %s\n" % (w.strftime("%b"), w.day, w.strftime("%H:%M:%S"), text)
        if form == "rfc3339":
            return "%s+00:00 myhost %s\n" % (w.strftime("%Y-%m-%dT%H:%M:%S.%f"), text)
        return ""


def write_mix(path, pool, form, size_mib, reports):
    rng = random.Random(15)
    clock = Clock()
    stamp = re.compile(r"^\[\s*\d+\.\d+\]")
    target, written, r = size_mib * 1024 * 1024, 0, 0
    block_lines = 20000
    with open(path, "w", encoding="utf-8", errors="surrogateescape") as f:
        while written < target:
            buf = []
            # Runs of consecutive pool lines from random places: real logs come in bursts.
            while len(buf) < block_lines:
                at = rng.randrange(len(pool))
                for msg in pool[at:at + rng.randrange(1, 40)]:
                    clock.tick()
                    buf.append(clock.line(form, msg))
                if rng.randrange(8) == 0:
                    buf.append(clock.program(form, PROGRAMS[rng.randrange(len(PROGRAMS))]))
            for line in reports[r % len(reports)]:
                if stamp.match(line):
                    clock.uptime += 0.000013
                    line = stamp.sub("[%12.6f]" % clock.uptime, line, count=1)
                buf.append(line + "\n")
            r += 1
            text = "".join(buf)
            f.write(text)
            written += len(text.encode("utf-8", "surrogateescape"))
    return written, r


def main():
    out = sys.argv[1]
    size_mib = int(sys.argv[2]) if len(sys.argv) > 2 else 256
    mixes = sys.argv[3:] or ["%s-%s" % (p, f) for p in POOLS for f in FORMS]
    os.makedirs(out, exist_ok=True)
    reports = [read_lines(f) for f in sorted(glob.glob(os.path.join(DATA, "oom-logs", "*.log")))]
    all_pools = pools()
    for mix in mixes:
        pool, form = mix.split("-", 1)
        path = os.path.join(out, mix + ".log")
        written, r = write_mix(path, all_pools[pool], form, size_mib, reports)
        print("%s: %.0f MiB, %d reports, %d distinct ordinary messages" %
              (path, written / 1048576, r, len(set(all_pools[pool]))), flush=True)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""CPU time of `oomlens-cli analyze --json FILE` against `grep -c 'invoked oom-killer' FILE` on each
mix bench/make_mix_logs.py wrote, in one run: RUNS paired runs per file (grep, then analyze, page
cache warm), the median of the per-pair ratios. CPU = user + system of the child, from wait4()
(microseconds; /usr/bin/time rounds to 10 ms). grep writes its count to a file: with its output on
/dev/null GNU grep stops at the first match and measures nothing.
CHECK=1 also compares the output with the full per-line path (OOMLENS_KERNLOG_FULL_PATH=1).

Usage: analyze_mix_bench.py DIR|FILE... [--cli PATH]   (env RUNS, default 5; not a test)
"""
import glob
import json
import os
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def cpu_seconds(argv, out_path, env=None):
    with open(out_path, "wb") as out:
        p = subprocess.Popen(argv, stdout=out, env=env)
        _, status, ru = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode not in (0, 1) or (p.returncode == 1 and argv[0] != "grep"):
        sys.exit("%s failed: exit %d" % (" ".join(argv), p.returncode))
    return ru.ru_utime + ru.ru_stime


def main():
    args = sys.argv[1:]
    cli = os.path.join(HERE, "..", "build", "app", "oomlens-cli", "oomlens-cli")
    if "--cli" in args:
        i = args.index("--cli")
        cli = args[i + 1]
        del args[i:i + 2]
    files = []
    for a in args:
        files += sorted(glob.glob(os.path.join(a, "*.log"))) if os.path.isdir(a) else [a]
    if not files:
        sys.exit(__doc__)
    runs = int(os.environ.get("RUNS", "5"))
    check = os.environ.get("CHECK") == "1"
    fast_env = {k: v for k, v in os.environ.items() if not k.startswith("OOMLENS_KERNLOG_FULL_PATH")}
    with open("/proc/loadavg") as f:
        load = " ".join(f.read().split()[:3])
    print("runs: %d paired per file; load average at start: %s" % (runs, load))
    print("%-28s %6s %8s %9s %7s %7s %7s" % ("mix", "MiB", "grep s", "analyze s", "ratio", "min", "events"))
    ratios_all = []
    with tempfile.TemporaryDirectory() as tmp:
        g_out, a_out = os.path.join(tmp, "grep.out"), os.path.join(tmp, "analyze.out")
        for f in files:
            with open(f, "rb") as warm:  # page cache warm for both contenders
                while warm.read(1 << 24):
                    pass
            g, a, r = [], [], []
            for _ in range(runs):
                g.append(cpu_seconds(["grep", "-c", "invoked oom-killer", f], g_out))
                a.append(cpu_seconds([cli, "analyze", "--json", f], a_out, fast_env))
                r.append(a[-1] / g[-1] if g[-1] > 0 else float("inf"))
            with open(a_out) as j:
                events = json.load(j)["summary"]["events"]
            if check:
                full = os.path.join(tmp, "full.out")
                cpu_seconds([cli, "analyze", "--json", f], full, dict(fast_env, OOMLENS_KERNLOG_FULL_PATH="1"))
                with open(full, "rb") as x, open(a_out, "rb") as y:
                    if x.read() != y.read():
                        print("warning: %s: output differs from the full path" % f, file=sys.stderr)
            ratio = statistics.median(r)
            ratios_all.append(ratio)
            print("%-28s %6.0f %8.3f %9.3f %6.2fx %6.2fx %7d" %
                  (os.path.basename(f)[:-4] if f.endswith(".log") else os.path.basename(f),
                   os.path.getsize(f) / 1048576, statistics.median(g), statistics.median(a), ratio, min(r),
                   events), flush=True)
    print("(ratio: median over the pairs of analyze cpu / grep -c cpu, min: the best pair; "
          "<= 1.00x meets the target; worst mix %.2fx)" % max(ratios_all))


if __name__ == "__main__":
    main()

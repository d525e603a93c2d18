#!/usr/bin/env bash
# Builds the `fuzz` preset (clang-14, libFuzzer, ASan + UBSan) and runs each fuzz target for a
# bounded time, one job each. tests/fuzz/README.md explains the targets and what to do with a find.
#
#   bash scripts/fuzz.sh [SECONDS_PER_TARGET [TARGET...]]     (default: 60 s, every target)
#
# Grown corpora stay in build-fuzz/fuzz/corpus/<target>/ (so a second run starts where the first
# stopped); a crashing, leaking or slow input is written to build-fuzz/fuzz/artifacts/<target>/.
# Exit status 1 when any target found something.
#
# FUZZ_SEED and FUZZ_RUNS make a run repeatable: with a fixed seed libFuzzer tries the same inputs
# in the same order, so CI (FUZZ_SEED=1, a bounded FUZZ_RUNS) cannot fail on one machine and pass on
# the next by luck; a developer's run without them explores new inputs every time.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(kernlog skim procfs sysfs archive json helper)

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

out=build-fuzz/fuzz
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp}
found=0
for t in "${targets[@]}"; do
    mkdir -p "$out/corpus/$t" "$out/artifacts/$t"
    mapfile -t seeds <"$out/$t.seeds"
    echo "== fuzz_$t: ${seconds} s"
    # -timeout: one input may take at most 10 s (a hang is a find); -rss_limit_mb and
    # -malloc_limit_mb: an input may not make the process grow past 2 GiB (an archive bomb is a find).
    if ! "build-fuzz/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -malloc_limit_mb=2048 ${FUZZ_SEED:+-seed=$FUZZ_SEED} ${FUZZ_RUNS:+-runs=$FUZZ_RUNS} -print_final_stats=1 -artifact_prefix="$out/artifacts/$t/" \
        "$out/corpus/$t" "${seeds[@]}" >"$out/$t.log" 2>&1; then
        found=1
        grep -E "^==[0-9]+==ERROR|^SUMMARY|^fuzz $t:|Test unit written|runtime error" "$out/$t.log" | head -20 || true
        echo "   fuzz_$t FOUND something: $out/$t.log"
    fi
    grep -E "^stat::(number_of_executed_units|peak_rss_mb)|^#[0-9]+ *DONE" "$out/$t.log" || true
done
[ "$found" = 0 ] || {
    echo "Reproduce: build-fuzz/tests/fuzz/fuzz_<target> <artifact>; once fixed, copy the artifact to" \
        "tests/data/fuzz/<target>/ (ctest's fuzzrun_<target> runs it)."
    exit 1
}

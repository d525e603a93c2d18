// How a fuzz target reports a broken invariant: print what and abort, which libFuzzer records as
// a crash (with the input saved) and which fails the regression runner's ctest test.
#pragma once

#include <cstdio>
#include <cstdlib>

namespace fuzzcheck {

[[noreturn]] inline void fail(const char *target, const char *what) {
    std::fprintf(stderr, "fuzz %s: %s\n", target, what);
    std::fflush(stderr);
    std::abort();
}

inline void check(bool ok, const char *target, const char *what) {
    if (!ok) fail(target, what);
}

} // namespace fuzzcheck

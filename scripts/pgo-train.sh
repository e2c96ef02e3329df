#!/usr/bin/env bash
# pgo-train.sh COIL: the training run of a profile-guided build (CMake's
# COIL_PGO, see CMakeLists.txt). COIL is an instrumented coil
# (-fprofile-generate); running it writes the profile GCC then uses to lay
# out and inline the VM. The training set is the test corpus (tests/py: every
# part of the language and library the tests cover, in the default mode and
# with -X jit=off so the interpreter's own paths count as much as the
# JIT's), plus each benchmark once at its smallest size. Failures are
# ignored: only the profile matters here, the tests check the real build.
set -u
coil=$1
here=$(cd "$(dirname "$0")/.." && pwd)
jobs=$(nproc 2>/dev/null || echo 2)
# as tests/py/check.sh runs them: from inside tests/py, by relative name;
# in parallel (the instrumented binary updates its counters atomically and
# merges them into the profile under a lock at exit)
cd "$here/tests/py" || exit 1
{
    for t in *.py; do
        printf '%s\0%s\0' "$t" "-Xjit=llvm"
        printf '%s\0%s\0' "$t" "-Xjit=off"
    done
} | xargs -0 -n 2 -P "$jobs" sh -c 'timeout 30 "$0" -X "${2#-X}" "$1" </dev/null >/dev/null 2>&1; exit 0' "$coil"
for b in "$here"/perf/benchmarks/*.py; do
    timeout 60 "$coil" "$b" --size smoke </dev/null >/dev/null 2>&1
done
exit 0

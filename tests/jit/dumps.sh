#!/usr/bin/env bash
# The JIT's diagnostics: --jit-stats, --dump-uops, --dump-ir and --dump-asm
# on tests/jit/dumps.py (its function `hot` gets compiled).
#   tests/jit/dumps.sh COIL
# Exits 77 (skipped) when the LLVM backend module is not next to COIL.
set -u
coil=$1
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P) || exit 2
[ -f "$(dirname "$coil")/libcoil-llvm.so" ] || { echo "no libcoil-llvm.so: skipped"; exit 77; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/coil-jitdumps.XXXXXX") || exit 2
trap 'rm -rf -- "$tmp"' EXIT
fail=0
check() {   # check FILE REGEX WHAT
    if ! grep -Eq -- "$2" "$1"; then
        echo "FAIL: $3 (no /$2/ in $1)"
        fail=1
    fi
}

"$coil" -X jit-threshold=100 --jit-stats --dump-uops=hot --dump-ir=hot --dump-asm=hot \
    "$here/dumps.py" >"$tmp/out" 2>"$tmp/err"
rc=$?
[ $rc -eq 0 ] || { echo "FAIL: exit status $rc"; fail=1; }
if [ "$(cat "$tmp/out")" != "$(printf '24995000\n24995000\n24995000\n2')" ]; then
    echo "FAIL: wrong output:"; cat "$tmp/out"; fail=1
fi
check "$tmp/err" '=== coil JIT statistics ===' "--jit-stats header"
check "$tmp/err" '^hot \(.*dumps\.py:1\): compiled' "--jit-stats: hot compiled"
check "$tmp/err" 'version 0: [0-9]+ uops' "--jit-stats: version line"
check "$tmp/err" 'entries [1-9]' "--jit-stats: entries counted"
check "$tmp/err" 'hot \(.*dumps\.py:1\), before optimisation' "--dump-uops before"
check "$tmp/err" 'hot \(.*dumps\.py:1\), after optimisation' "--dump-uops after"
check "$tmp/err" 'LOAD_LOCAL' "--dump-uops: uops listed"
check "$tmp/err" '=== LLVM IR: hot' "--dump-ir header"
check "$tmp/err" 'define ' "--dump-ir: an LLVM function"
check "$tmp/err" '=== machine code: hot' "--dump-asm header"
check "$tmp/err" '^; offset 0 \(line 1\)' "--dump-asm: the entry label"
check "$tmp/err" '^; offset [0-9]+ \(line 3\)' "--dump-asm: a label at the loop head"
if [ "$(grep -c '^; offset [0-9]* (line [0-9]*)$' "$tmp/err")" -lt 3 ]; then
    echo "FAIL: --dump-asm: fewer than 3 block labels"; fail=1
fi
check "$tmp/err" '  ret' "--dump-asm: instructions"
if grep -q 'machine code: cold\|LLVM IR: cold' "$tmp/err"; then
    echo "FAIL: a dump of cold (not selected, not hot)"; fail=1
fi

# -X perf: the perf map names the compiled function.
"$coil" -X jit-threshold=100 -X perf -c '
import os
def hot(n):
    t = 0
    for i in range(n):
        t += i
    return t
hot(100000)
print(os.getpid())' >"$tmp/pid" 2>"$tmp/err2" || { echo "FAIL: -X perf run"; fail=1; }
map=/tmp/perf-$(cat "$tmp/pid").map
check "$map" '^[0-9a-f]+ [0-9a-f]+ coil:hot:<string>:3$' "-X perf map entry"
rm -f "$map"

# -X jit=off and gccjit: nothing compiled, --jit-stats says why.
"$coil" -X jit=off --jit-stats "$here/dumps.py" >/dev/null 2>"$tmp/err3"
check "$tmp/err3" 'mode: JIT off \(-X jit=off\)' "--jit-stats with -X jit=off"
# -X jit=gccjit: the libgccjit backend (libcoil-gccjit.so) compiles hot,
# with the same dumps (gccjit's C-like IR, block labels from the markers);
# without the module the JIT is off and says why.
"$coil" -X jit=gccjit -X jit-threshold=100 --jit-stats --dump-ir=hot --dump-asm=hot \
    "$here/dumps.py" >"$tmp/out4" 2>"$tmp/err4"
check "$tmp/out4" '^24995000$' "-X jit=gccjit still runs the program"
if [ -f "$(dirname "$coil")/libcoil-gccjit.so" ]; then
    check "$tmp/err4" '^mode: gccjit, threshold 100' "--jit-stats with -X jit=gccjit: the mode"
    check "$tmp/err4" '^hot \(.*dumps\.py:1\): compiled' "-X jit=gccjit: hot compiled"
    check "$tmp/err4" '=== gccjit IR: hot' "-X jit=gccjit --dump-ir header"
    check "$tmp/err4" '^extern __int64_t' "-X jit=gccjit --dump-ir: a gccjit function"
    check "$tmp/err4" '=== machine code: hot' "-X jit=gccjit --dump-asm header"
    check "$tmp/err4" '^; offset [0-9]+ \(line 3\)' "-X jit=gccjit --dump-asm: a label at the loop head"
    check "$tmp/err4" '  ret' "-X jit=gccjit --dump-asm: instructions"
else
    check "$tmp/err4" 'cannot load the libgccjit backend' "--jit-stats with -X jit=gccjit (no module)"
fi
# A backend that cannot be loaded: the JIT is off, the program runs.
COIL_JIT_BACKEND=/nonexistent/libx.so "$coil" -X jit-threshold=0 --jit-stats "$here/dumps.py" \
    >"$tmp/out5" 2>"$tmp/err5"
check "$tmp/out5" '^24995000$' "COIL_JIT_BACKEND (bad) still runs the program"
check "$tmp/err5" 'hot \(.*\): (compiled|not compiled)' "COIL_JIT_BACKEND falls back to the default module"

# Background compilation (the default threshold): compiled on the worker,
# installed, counted; -X jit-async=off compiles on the main thread. The
# calls go on for a second of wall time at least, so that a compile slowed
# down by a loaded machine still finishes while they run.
prog='
import time
def hot(n):
    t = 0
    for i in range(n):
        t += i
    return t
t0 = time.monotonic()
k = 0
while k < 20 or time.monotonic() - t0 < 1.0:
    x = hot(100000)
    k += 1
print(x)'
"$coil" --jit-stats -c "$prog" >"$tmp/out6" 2>"$tmp/err6"
check "$tmp/out6" '^4999950000$' "background compilation: output"
check "$tmp/err6" '^background compilation: [1-9][0-9]* compiles' "--jit-stats: background compiles"
check "$tmp/err6" '^hot \(<string>:3\): compiled' "background compilation: hot compiled"
check "$tmp/err6" 'entries [1-9]' "background compilation: compiled code ran"
"$coil" -X jit-async=off --jit-stats -c "$prog" >"$tmp/out7" 2>"$tmp/err7"
check "$tmp/out7" '^4999950000$' "-X jit-async=off: output"
check "$tmp/err7" '^hot \(<string>:3\): compiled' "-X jit-async=off: hot compiled"
if grep -q '^background compilation' "$tmp/err7"; then
    echo "FAIL: -X jit-async=off compiled in the background"; fail=1
fi

# A generator iterating another generator stays interpreted (FOR_ITER_GEN
# switches frames inline there).
prog='
def inner(n):
    for i in range(n):
        yield i
def outer(n):
    for x in inner(n):
        yield x * 2
def consume(n):
    t = 0
    for v in outer(n):
        t += v
    return t
for _ in range(5):
    r = consume(3000)
print(r)'
"$coil" -X jit-async=off --jit-stats -c "$prog" >"$tmp/out8" 2>"$tmp/err8"
check "$tmp/out8" '^8997000$' "generator pipeline: output"
check "$tmp/err8" '^outer \(<string>:5\): not compiled: a generator iterating a generator' "a generator iterating a generator: not compiled"

[ $fail -eq 0 ] && echo "ok" || { echo "--- stderr:"; head -c 20000 "$tmp/err"; }
exit $fail

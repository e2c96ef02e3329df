#!/usr/bin/env bash
# Python-to-Python calls from compiled code (issue 8: the inline self call,
# inlined pure callees) compiled the way hot
# code is: specialised by the interpreter first (threshold 100), compiled
# at once (-X jit-async=off) whatever the profitability test says
# (COIL_JIT_ALL=1). So H_CALL_PY_SELF's inline frame push and pop (the LLVM
# backend's fast path) run deterministically, which the four tests/py modes
# do not guarantee. Each script must match CPython's output (tests/py).
#   tests/jit/call_self.sh COIL
# Exits 77 (skipped) when the LLVM backend module is not next to COIL.
set -u
coil=$1
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P) || exit 2
[ -f "$(dirname "$coil")/libcoil-llvm.so" ] || { echo "no libcoil-llvm.so: skipped"; exit 77; }
export COIL_JIT_ALL=1
fail=0
for t in jit_call_self_inline.py jit_call_self.py jit_recursion.py jit_exc_deep.py \
         jit_calls_basic.py jit_calls_errors.py recursion_limit.py jit_inline_pure.py; do
    "$here/../py/check.sh" "$coil -X jit-threshold=100 -X jit-async=off" "$t" || { echo "FAIL: $t"; fail=1; }
done
exit $fail

#!/usr/bin/env bash
# Run one corpus script with coil and compare against CPython's expected output.
#
#   tests/py/check.sh COIL NAME.py
#
# COIL is a command string, split on whitespace: "build/coil" or
# "build/coil -X jit=off". A relative program path in it is resolved against
# the caller's working directory. The script runs the way regen.sh ran
# CPython: from inside tests/py, by relative name, stdin from NAME.stdin (or
# /dev/null), with a 20 s timeout (override: CHECK_TIMEOUT=seconds).
# Compared: stdout with NAME.out; stderr with NAME.err if it exists, else
# stderr must be empty; exit status with NAME.rc if it exists, else 0.
# Prints a unified diff of every difference and exits 1; exits 0 on a match,
# 2 on a usage or setup error.
set -u

usage() {
    echo "usage: $0 COIL NAME.py" >&2
    exit 2
}
[ $# -eq 2 ] || usage
[ -n "$1" ] || usage

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P) || exit 2
caller_dir=$(pwd)

# Split the command string into words without glob expansion.
read -r -a cmd <<<"$1"
[ ${#cmd[@]} -gt 0 ] || usage
case ${cmd[0]} in
    /*) ;;
    */*) cmd[0]="$caller_dir/${cmd[0]}" ;;
esac

name=$(basename -- "$2")
name=${name%.py}
if [ ! -f "$here/$name.py" ]; then
    echo "check.sh: no such script: $here/$name.py" >&2
    exit 2
fi
if [ ! -f "$here/$name.out" ]; then
    echo "check.sh: missing expected output $here/$name.out (run regen.sh)" >&2
    exit 2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/coil-check.XXXXXX") || exit 2
trap 'rm -rf -- "$tmp"' EXIT

input=/dev/null
[ -f "$here/$name.stdin" ] && input="$here/$name.stdin"
limit=${CHECK_TIMEOUT:-20}

(
    cd "$here" || exit 2
    exec env PYTHONIOENCODING=utf-8 LC_ALL=C.UTF-8 \
        timeout -k 5 "$limit" "${cmd[@]}" "$name.py" <"$input" >"$tmp/out" 2>"$tmp/err"
)
rc=$?
# CPython reports the main script by its absolute path and so does coil;
# the expected files carry the path relative to tests/py.
sed -i "s|$here/||g" "$tmp/err" "$tmp/out"

fail=0
if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
    echo "check.sh: $name.py: timed out after ${limit}s (status $rc)"
    fail=1
fi

if ! diff -u --label "expected/$name.out" --label "coil/stdout" "$here/$name.out" "$tmp/out"; then
    fail=1
fi

if [ -f "$here/$name.err" ]; then
    if ! diff -u --label "expected/$name.err" --label "coil/stderr" "$here/$name.err" "$tmp/err"; then
        fail=1
    fi
elif [ -s "$tmp/err" ]; then
    diff -u --label "expected/stderr (empty)" --label "coil/stderr" /dev/null "$tmp/err"
    fail=1
fi

want_rc=0
if [ -f "$here/$name.rc" ]; then
    read -r want_rc <"$here/$name.rc"
fi
if [ "$rc" != "$want_rc" ]; then
    echo "check.sh: $name.py: exit status $rc, expected $want_rc"
    fail=1
fi

if [ "$fail" -ne 0 ]; then
    echo "FAIL $name.py"
    exit 1
fi
exit 0

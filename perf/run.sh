#!/usr/bin/env bash
# Benchmark coil against CPython (and PyPy when installed).
#
#   perf/run.sh [COIL [BENCH...]]
#
# COIL is a command string (default: build/coil, relative to the caller's
# directory), e.g. "build/coil -X jit=off". BENCH names select benchmarks
# (default: every perf/*.py). Each benchmark runs 3 times per implementation;
# the best wall-clock time is reported. Every implementation's stdout must match
# python3's; a difference or a non-zero exit is marked in the table and makes
# the script exit 1. Per-run timeout: PERF_TIMEOUT seconds (default 300).
set -u

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P) || exit 2
caller_dir=$(pwd)
runs=3
limit=${PERF_TIMEOUT:-300}

read -r -a coil <<<"${1:-build/coil}"
[ ${#coil[@]} -gt 0 ] || { echo "usage: $0 [COIL [BENCH...]]" >&2; exit 2; }
case ${coil[0]} in
    /*) ;;
    */*) coil[0]="$caller_dir/${coil[0]}" ;;
esac
[ $# -gt 0 ] && shift

benches=()
if [ $# -gt 0 ]; then
    for b in "$@"; do
        b=$(basename -- "$b")
        benches+=("${b%.py}")
    done
else
    for f in "$here"/*.py; do
        b=$(basename -- "$f")
        benches+=("${b%.py}")
    done
fi

have_coil=1
if ! command -v "${coil[0]}" >/dev/null 2>&1; then
    echo "note: ${coil[0]} not found; coil column will be n/a" >&2
    have_coil=0
fi
have_pypy=0
command -v pypy3 >/dev/null 2>&1 && have_pypy=1

tmp=$(mktemp -d "${TMPDIR:-/tmp}/coil-perf.XXXXXX") || exit 2
trap 'rm -rf -- "$tmp"' EXIT

now_ns() { date +%s%N; }

# bench IMPL-TAG BENCH CMD...: runs CMD BENCH.py $runs times from perf/.
# Sets best (seconds, "%.3f") and status: ok | fail | timeout. Stdout of the
# last run is kept in $tmp/TAG.out for the comparison.
bench() {
    local tag=$1 name=$2
    shift 2
    best=""
    status=ok
    local i t0 t1 rc ms
    for ((i = 0; i < runs; i++)); do
        t0=$(now_ns)
        (cd "$here" && exec timeout -k 5 "$limit" "$@" "$name.py" </dev/null >"$tmp/$tag.out" 2>"$tmp/$tag.err")
        rc=$?
        t1=$(now_ns)
        if [ $rc -eq 124 ] || [ $rc -eq 137 ]; then status=timeout; best=""; return; fi
        if [ $rc -ne 0 ]; then status=fail; best=""; return; fi
        ms=$(( (t1 - t0) / 1000000 ))
        if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
    done
    best=$(awk -v ms="$best" 'BEGIN { printf "%.3f", ms / 1000 }')
}

ratio() {   # ratio NUM DEN -> NUM/DEN to 2 decimals, or "-" when either is missing
    if [[ $1 =~ ^[0-9.]+$ && $2 =~ ^[0-9.]+$ ]]; then
        awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else print "-" }'
    else
        echo "-"
    fi
}

cell() {    # cell STATUS TIME MATCH -> what to print for one implementation
    case $1 in
        ok) if [ "$3" = 1 ]; then echo "$2"; else echo "$2 MISMATCH"; fi ;;
        *) echo "${1^^}" ;;
    esac
}

fmt="%-20s %14s %12s %14s"
hdr=(benchmark "coil s" "python3 s" "python3/coil")
if [ $have_pypy = 1 ]; then
    fmt="$fmt %14s %12s"
    hdr+=("pypy3 s" "pypy3/coil")
fi
fmt="$fmt\n"
printf "$fmt" "${hdr[@]}"

bad=0
for name in "${benches[@]}"; do
    if [ ! -f "$here/$name.py" ]; then
        echo "no such benchmark: $name" >&2
        bad=1
        continue
    fi
    bench py "$name" python3
    py_t=$best py_s=$status
    if [ "$py_s" != ok ]; then
        echo "warning: python3 $name.py: $py_s" >&2
        bad=1
    fi

    coil_t="" coil_cell="n/a"
    if [ $have_coil = 1 ]; then
        bench coil "$name" "${coil[@]}"
        coil_t=$best
        match=0
        if [ "$status" = ok ] && [ "$py_s" = ok ] && cmp -s "$tmp/py.out" "$tmp/coil.out"; then match=1; fi
        coil_cell=$(cell "$status" "$coil_t" "$match")
        if [ "$status" != ok ] || [ $match = 0 ]; then
            bad=1
            coil_t=""
            if [ "$status" = ok ]; then
                echo "mismatch in $name.py output (python3 vs coil):" >&2
                diff "$tmp/py.out" "$tmp/coil.out" | head -n 10 >&2
            else
                echo "coil $name.py: $status" >&2
                head -n 10 "$tmp/coil.err" >&2
            fi
        fi
    fi
    row=("$name" "$coil_cell" "$(cell "$py_s" "$py_t" 1)" "$(ratio "$py_t" "$coil_t")")

    if [ $have_pypy = 1 ]; then
        bench pypy "$name" pypy3
        pypy_t=$best
        match=0
        if [ "$status" = ok ] && [ "$py_s" = ok ] && cmp -s "$tmp/py.out" "$tmp/pypy.out"; then match=1; fi
        [ "$status" = ok ] && [ $match = 1 ] || pypy_t=""
        row+=("$(cell "$status" "$best" "$match")" "$(ratio "$pypy_t" "$coil_t")")
    fi
    printf "$fmt" "${row[@]}"
done
exit $bad

#!/usr/bin/env bash
# Drive coil's interactive interpreter (and stdin scripts) through a pipe and
# compare with what CPython 3.11 printed for the same input.
#
#   tests/repl/check.sh COIL NAME
#
# NAME.in is fed to stdin; the command line is COIL followed by the words of
# NAME.args (default: -q -i, the REPL with prompts on stderr and no banner,
# as `python3 -q -i` behaves with a pipe). Compared: stdout with NAME.out,
# stderr with NAME.err (missing: must be empty), exit status with NAME.rc
# (missing: 0). Expected files come from regen.sh (python3). Exits 0 on a
# match, 1 with diffs otherwise, 2 on a usage error.
set -u
[ $# -eq 2 ] || { echo "usage: $0 COIL NAME" >&2; exit 2; }
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P) || exit 2
coil=$1
case $coil in /*) ;; */*) coil="$(pwd)/$coil" ;; esac
name=${2%.in}
[ -f "$here/$name.in" ] || { echo "check.sh: no $here/$name.in" >&2; exit 2; }
args=(-q -i)
if [ -f "$here/$name.args" ]; then read -r -a args <"$here/$name.args" || true; fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/coil-repl.XXXXXX") || exit 2
trap 'rm -rf -- "$tmp"' EXIT
(
    cd "$here" || exit 2
    exec env HOME="$tmp" LC_ALL=C.UTF-8 timeout -k 5 20 "$coil" "${args[@]}" \
        <"$name.in" >"$tmp/out" 2>"$tmp/err"
)
rc=$?
fail=0
diff -u --label "expected/$name.out" --label coil/stdout "$here/$name.out" "$tmp/out" || fail=1
if [ -f "$here/$name.err" ]; then
    diff -u --label "expected/$name.err" --label coil/stderr "$here/$name.err" "$tmp/err" || fail=1
elif [ -s "$tmp/err" ]; then
    diff -u --label "expected/stderr (empty)" --label coil/stderr /dev/null "$tmp/err"
    fail=1
fi
want_rc=0
[ -f "$here/$name.rc" ] && read -r want_rc <"$here/$name.rc"
if [ "$rc" != "$want_rc" ]; then
    echo "check.sh: $name: exit status $rc, expected $want_rc"
    fail=1
fi
[ $fail -eq 0 ] || { echo "FAIL $name"; exit 1; }
exit 0

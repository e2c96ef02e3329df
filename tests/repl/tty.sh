#!/usr/bin/env bash
# The REPL on a terminal (libedit line editing, history, Ctrl-C, Ctrl-D),
# driven through a pseudo-terminal by util-linux `script`. The shell script(1)
# starts execs coil, so coil alone gets the terminal's Ctrl-C; stdin is kept
# open until coil has exited, so script(1) does not send an EOF of its own.
#
#   tests/repl/tty.sh COIL
#
# Exits 77 (skipped) when `script` is not available. Input is paced with
# sleeps so Ctrl-C arrives while coil waits at the prompt (a SIGINT while
# code runs is not caught by coil).
set -u
[ $# -eq 1 ] || { echo "usage: $0 COIL" >&2; exit 2; }
coil=$1
case $coil in /*) ;; */*) coil="$(pwd)/$coil" ;; esac
command -v script >/dev/null 2>&1 || { echo "tty.sh: no 'script' command: skipped"; exit 77; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/coil-tty.XXXXXX") || exit 2
trap 'rm -rf -- "$tmp"' EXIT

{
    sleep 1
    printf '6 * 7\n'
    sleep 0.5
    printf 'if 1:\n  print("in block")\n\n'
    sleep 0.5
    printf 'for i in (1,\n'
    sleep 1
    printf '\003'            # Ctrl-C in a continuation: input dropped
    sleep 1
    printf 'x = "after interrupt"\n'
    sleep 0.5
    printf 'x\n'
    sleep 0.5
    printf '\004'            # Ctrl-D: exit 0
    sleep 2                  # stdin stays open until coil has exited
} | HOME="$tmp" TERM=dumb SHELL=/bin/sh timeout -k 5 30 script -qec "exec '$coil'" /dev/null >"$tmp/out" 2>&1
rc=${PIPESTATUS[1]}
tr -d '\r' <"$tmp/out" >"$tmp/clean"

fail=0
expect() {
    if ! grep -qxF -- "$1" "$tmp/clean"; then
        echo "tty.sh: missing line: $1"
        fail=1
    fi
}
expect "coil 0.1.0 (Python 3.11 compatible)"
expect "42"
expect "in block"
expect "KeyboardInterrupt"
expect "'after interrupt'"
# the interrupted "for i in (1," was dropped, not run
if grep -q "^1\$" "$tmp/clean"; then echo "tty.sh: interrupted input ran"; fail=1; fi
[ "$rc" -eq 0 ] || { echo "tty.sh: exit status $rc"; fail=1; }
# history written at exit, one entry per line typed
if ! grep -qxF '6 * 7' "$tmp/.coil_history" 2>/dev/null &&
   ! grep -qxF '6\040*\0407' "$tmp/.coil_history" 2>/dev/null; then
    echo "tty.sh: history not saved"; fail=1
fi
if [ $fail -ne 0 ] || [ -n "${TTY_SHOW:-}" ]; then
    echo "--- session:"; cat "$tmp/clean"
fi
exit $fail

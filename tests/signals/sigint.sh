#!/bin/sh
# Ctrl-C: SIGINT raises KeyboardInterrupt in a running loop and in
# time.sleep; the traceback ends with "KeyboardInterrupt" and the process
# dies by SIGINT (shell status 130), as CPython.
# Usage: sigint.sh COIL
coil="$1"
err=$(mktemp)
trap 'rm -f "$err"' EXIT
fail=0
check() {   # check NAME CODE
    # timeout (foreground, so SIGINT is not inherited as ignored) sends
    # SIGINT after 0.5 s; --preserve-status gives the program's own status.
    timeout --preserve-status -s INT 0.5 "$coil" -c "$2" 2>"$err" >/dev/null
    rc=$?
    last=$(tail -n 1 "$err")
    if [ "$rc" != 130 ] || [ "$last" != "KeyboardInterrupt" ] || ! head -n 1 "$err" | grep -q '^Traceback'; then
        echo "FAIL $1: status $rc, stderr:"; cat "$err"; fail=1
    else
        echo "ok $1"
    fi
}
check loop 'while True: pass'
check for_loop 'for i in iter(int, 1): pass'
check calls 'def f(): pass
while 1: f()'
check sleep 'import time; time.sleep(30)'
# Caught like any exception: the program goes on.
out=$(timeout --preserve-status -s INT 0.5 "$coil" -c '
try:
    while True: pass
except KeyboardInterrupt:
    print("caught")
' 2>&1)
rc=$?
if [ "$rc" != 0 ] || [ "$out" != "caught" ]; then echo "FAIL caught: $rc $out"; fail=1; else echo "ok caught"; fi
exit $fail

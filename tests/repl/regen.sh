#!/usr/bin/env bash
# Regenerate the expected output of the REPL tests with CPython 3.11:
#
#   tests/repl/regen.sh [NAME ...]     (default: every NAME.in)
#
# Runs `python3 ARGS <NAME.in` from inside tests/repl, ARGS being the words of
# NAME.args or "-q -i", and writes NAME.out, NAME.err (if stderr is not
# empty) and NAME.rc (if the status is not 0).
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P) || exit 2
cd "$here" || exit 2
py=${PYTHON:-python3}
[ $# -eq 0 ] && set -- *.in
for arg in "$@"; do
    name=$(basename -- "${arg%.in}")
    args=(-q -i)
    if [ -f "$name.args" ]; then read -r -a args <"$name.args" || true; fi
    env -u PYTHONSTARTUP -u PYTHONPATH -u PYTHONINSPECT HOME=/nonexistent \
        PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1 LC_ALL=C.UTF-8 \
        "$py" "${args[@]}" <"$name.in" >"$name.out" 2>"$name.err"
    rc=$?
    [ -s "$name.err" ] || rm -f "$name.err"
    if [ $rc -ne 0 ]; then echo $rc >"$name.rc"; else rm -f "$name.rc"; fi
done

#!/usr/bin/env bash
# Regenerate the expected outputs of the Python test corpus with CPython.
#
#   tests/py/regen.sh             regenerate every NAME.py
#   tests/py/regen.sh a.py b      regenerate only the named scripts
#
# For each NAME.py this runs `python3 NAME.py` from inside tests/py (stdin from
# NAME.stdin if present, else /dev/null) and writes NAME.out (stdout); NAME.err
# (stderr) and NAME.rc (exit status) are written only when stderr is non-empty
# or the status is non-zero, and removed otherwise.
#
# CPython 3.11 reports the main script by its absolute path in tracebacks and
# SyntaxErrors; the directory prefix is stripped so the expected text reads
# File "NAME.py", as coil (which reports the path it was given) prints it.
# Set PYTHON to use another interpreter (it must be CPython 3.11).
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P) || exit 2
cd "$here" || exit 2
py=${PYTHON:-python3}

if ! "$py" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else 1)'; then
    echo "regen.sh: $py is not Python 3.11" >&2
    exit 2
fi

if [ $# -eq 0 ]; then
    set -- *.py
fi

# Environment that could change CPython's output is neutralised; UTF-8 I/O
# regardless of the caller's locale.
run_env=(env -u PYTHONSTARTUP -u PYTHONPATH -u PYTHONHOME -u PYTHONWARNINGS
         -u PYTHONINSPECT -u PYTHONOPTIMIZE -u PYTHONDEVMODE -u PYTHONSAFEPATH
         PYTHONIOENCODING=utf-8 PYTHONUTF8=1 PYTHONDONTWRITEBYTECODE=1
         PYTHONHASHSEED=0 LC_ALL=C.UTF-8)

status=0
count=0
for arg in "$@"; do
    name=$(basename -- "$arg")
    name=${name%.py}
    if [ ! -f "$name.py" ]; then
        echo "regen.sh: no such script: $name.py" >&2
        status=1
        continue
    fi
    input=/dev/null
    [ -f "$name.stdin" ] && input="$name.stdin"
    "${run_env[@]}" "$py" "$name.py" <"$input" >"$name.out" 2>"$name.err.tmp"
    rc=$?
    # Strip this directory from the script's paths in stderr and stdout
    # (tracebacks, warning locations), as check.sh does with coil's.
    "$py" - "$here/" "$name.err.tmp" "$name.out" <<'PYEOF'
import sys
prefix = sys.argv[1]
for path in sys.argv[2:]:
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        text = f.read()
    text = text.replace(prefix, '')   # as check.sh does (tracebacks, warnings)
    with open(path, "w", encoding="utf-8", errors="surrogateescape") as f:
        f.write(text)
PYEOF
    if [ -s "$name.err.tmp" ] || [ "$rc" -ne 0 ]; then
        mv -f "$name.err.tmp" "$name.err"
        echo "$rc" >"$name.rc"
    else
        rm -f "$name.err.tmp" "$name.err" "$name.rc"
    fi
    count=$((count + 1))
done
echo "regen.sh: regenerated $count script(s)"
exit $status

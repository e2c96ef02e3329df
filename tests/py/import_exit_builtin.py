# exit() / quit() from builtins (CPython's site adds them) raise SystemExit.
print("start")
try:
    quit(2)
except SystemExit as e:
    print("quit ->", e.code)
try:
    exit()
except SystemExit as e:
    print("exit ->", e.code)
exit(5)

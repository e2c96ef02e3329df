# sys.exit(None) and sys.exit(0) exit with status 0; raising SystemExit
# directly behaves the same.
import sys
print("a")
def leave():
    raise SystemExit(None)
try:
    leave()
except SystemExit as e:
    print("code", e.code)
sys.exit(0)

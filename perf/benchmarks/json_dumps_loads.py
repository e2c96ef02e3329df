# json_dumps_loads: serialise and parse nested documents with the json
# module: dicts, lists, strings with escapes and non-ASCII, ints, floats,
# booleans and null; dumps with and without indent/sort_keys, then loads
# back. Size: the number of round trips. Check: every document survives the
# round trip unchanged and the serialised sizes are CPython's.
import sys


def bench_size(default, smoke):
    """The problem size: --size N (or --size smoke), else COIL_BENCH_SIZE."""
    val = None
    args = sys.argv[1:]
    for i, a in enumerate(args):
        if a == "--size" and i + 1 < len(args):
            val = args[i + 1]
        elif a.startswith("--size="):
            val = a[7:]
    if val is None:
        try:
            import os
            val = os.environ.get("COIL_BENCH_SIZE")
        except ImportError:
            val = None
    if not val:
        return default
    if val == "smoke":
        return smoke
    return int(val)


def fail(msg):
    print("FAIL: " + msg, file=sys.stderr)
    sys.exit(1)


def check_close(what, got, want, rel=1e-9):
    if abs(got - want) > rel * max(1.0, abs(want)):
        fail("%s: got %r, expected %r" % (what, got, want))
import json


def make_documents():
    docs = []
    for i in range(40):
        docs.append({
            "id": i,
            "name": "item-%d" % i,
            "tags": ["t%d" % (i % 7), "x" * (i % 5), "quote\"and\\slash", "caf\u00e9 \u2603"],
            "price": i * 1.25 + 0.1,
            "ratio": -i / 7.0,
            "active": i % 3 == 0,
            "parent": None if i % 4 else i // 4,
            "dims": {"w": i, "h": i * 2, "d": [i, i + 1, [i + 2, {"deep": "yes\n\ttab"}]]},
            "big": 10 ** 12 + i,
        })
    return {"version": 3, "documents": docs, "empty": {}, "none": [], "unicode": "\u00fc\u00f1\u00ee"}


EXPECTED = {"plain": 10570, "pretty": 20186}


def main():
    trips = bench_size(1200, 2)
    doc = make_documents()
    plain_len = pretty_len = 0
    for t in range(trips):
        plain = json.dumps(doc)
        pretty = json.dumps(doc, indent=2, sort_keys=True)
        if json.loads(plain) != doc or json.loads(pretty) != doc:
            fail("round trip %d changed the document" % t)
        plain_len, pretty_len = len(plain), len(pretty)
    small = json.dumps([1, 2.5, "a\u00e9", None, True, {"k": []}])
    if small != '[1, 2.5, "a\\u00e9", null, true, {"k": []}]':
        fail("dumps gave %s" % small)
    print("json: %d round trips, %d and %d characters" % (trips, plain_len, pretty_len))
    if (plain_len, pretty_len) != (EXPECTED["plain"], EXPECTED["pretty"]):
        fail("serialised sizes (%d, %d), expected %r" % (plain_len, pretty_len, EXPECTED))


main()

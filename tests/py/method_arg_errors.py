# The TypeErrors of wrong argument counts and keywords given to the methods
# of str, bytes, bytearray, list, dict, tuple and range: CPython names the
# type in "takes no keyword arguments" / "takes no arguments" / "takes
# exactly one argument" and not in "expected N arguments" or in the
# find/count/startswith family's old-style "takes at least 1 argument".
calls = []
for m in ["strip","lstrip","rstrip","lower","upper","casefold","swapcase","capitalize","title","isprintable","isascii","isidentifier","istitle","isdigit","isalpha","isspace","isupper","islower","isalnum","isdecimal","isnumeric","partition","rpartition","removeprefix","removesuffix","replace","ljust","rjust","center","zfill","join","find","rfind","index","rindex","count","startswith","endswith","split","rsplit","splitlines","expandtabs","encode","maketrans","translate","format_map","__contains__","__getitem__","__len__","__add__","__mod__"]:
    calls.append(("str", m))
for m in ["strip","lstrip","rstrip","lower","upper","join","find","count","index","startswith","partition","replace","split","zfill","center","isdigit","istitle","hex","decode","fromhex","maketrans","translate","removeprefix","expandtabs"]:
    calls.append(("bytes", m)); calls.append(("bytearray", m))
for m in ["append","extend","insert","pop","remove","reverse","clear","copy","append","count","index","__reversed__"]:
    calls.append(("list", m))
for m in ["keys","values","items","get","setdefault","pop","popitem","copy","clear","fromkeys","__getitem__","__contains__","__reversed__"]:
    calls.append(("dict", m))
for m in ["index","count"]:
    calls.append(("tuple", m))
for m in ["index","count","__reversed__"]:
    calls.append(("range", m))
objs = {"str": "ab", "bytes": b"ab", "bytearray": bytearray(b"ab"), "list": [1], "dict": {1: 2}, "tuple": (1,), "range": range(3)}
for t, m in calls:
    f = getattr(objs[t], m)
    for args, kw in (((), {"zz": 1}), ((), {}), ((1, 2, 3, 4, 5), {})):
        try:
            f(*args, **kw)
            r = "ok"
        except Exception as e:
            r = "%s: %s" % (type(e).__name__, e)
        print(t, m, len(args), bool(kw), r)

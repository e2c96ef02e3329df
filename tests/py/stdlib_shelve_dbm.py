# dbm (dumb backend), dbm.dumb file format, whichdb, shelve.
import dbm
import dbm.dumb
import os
import shelve
import shutil
import tempfile

tmp = tempfile.mkdtemp()
try:
    base = os.path.join(tmp, "db")
    with dbm.dumb.open(base, "c") as db:
        db[b"alpha"] = b"1"
        db["beta"] = "two"
        db["k\u00e9y"] = b"x" * 600
        db["quote'key"] = b"q"
        print(len(db), sorted(db.keys()), db[b"beta"], db["alpha"])
        db["alpha"] = b"replaced"          # fits in its block: in place
        db["beta"] = b"y" * 1000           # grows: appended
        print(db["alpha"], len(db["beta"]), "alpha" in db, b"nope" in db)
        print(db.get(b"nope", b"default"), sorted(db.items())[0])
        del db["quote'key"]
        try:
            db[1] = b"x"
        except TypeError as e:
            print("TypeError", e)
        try:
            db["x"] = 5
        except TypeError as e:
            print("TypeError", e)
        try:
            db["missing"]
        except KeyError as e:
            print("KeyError", e)
    print(sorted(os.listdir(tmp)))
    with open(base + ".dir") as f:
        print(sorted(f.read().splitlines()))
    print(os.path.getsize(base + ".dat"))
    print(dbm.whichdb(base), dbm.whichdb(os.path.join(tmp, "none")))
    with open(os.path.join(tmp, "junk"), "wb") as f:
        f.write(b"not a database at all")
    print(repr(dbm.whichdb(os.path.join(tmp, "junk"))))
    with dbm.open(base, "r") as db:
        print(sorted(db.keys()), db["k\u00e9y"][:3])
        try:
            db["new"] = b"v"
        except dbm.error[1] as e:
            print("error", e)
    db = dbm.open(base, "w")
    db["added"] = b"later"
    db.close()
    try:
        db["x"]
    except OSError as e:
        print("OSError", e)
    print(sorted(dbm.open(base).keys()))
    try:
        dbm.open(os.path.join(tmp, "absent"))
    except dbm.error as e:
        print(type(e).__name__, e)
    try:
        dbm.open(os.path.join(tmp, "junk"))
    except dbm.error as e:
        print(type(e).__name__, e)
    with dbm.open(os.path.join(tmp, "fresh"), "n") as db:
        print(len(db))

    spath = os.path.join(tmp, "shelf")
    with shelve.open(spath) as sh:
        sh["list"] = [1, 2, {"a": (3, 4)}]
        sh["text"] = "hello"
        sh["num"] = 42
        sh["list"].append(99)             # not written back
        print(sorted(sh), len(sh), "num" in sh, sh.get("zz", "dflt"))
    with shelve.open(spath, writeback=True) as sh:
        print(sh["list"])
        sh["list"].append(5)
        del sh["num"]
    with shelve.open(spath, flag="r") as sh:
        print(sh["list"], sorted(sh.keys()), dict(sh)["text"])
    sh = shelve.open(spath)
    sh.close()
    try:
        sh["list"]
    except ValueError as e:
        print("ValueError", e)
    d = {}
    s = shelve.Shelf(d)
    s["k"] = (1, "two", 3.0)
    print(sorted(d), s["k"], list(s.items()), d[b"k"])
    s2 = shelve.Shelf({}, protocol=2)
    s2["a"] = [None]
    print(s2["a"])
    print(list(shelve.Shelf({b"x": d[b"k"]})), shelve.Shelf({b"x": d[b"k"]})["x"])
finally:
    shutil.rmtree(tmp)

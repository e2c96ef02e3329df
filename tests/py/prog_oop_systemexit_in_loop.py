def gen():
    try:
        yield 1
    finally:
        print("gen finally")
for x in gen():
    raise SystemExit(3)

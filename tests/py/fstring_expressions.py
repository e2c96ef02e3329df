items = [1, 2, 3]
print(f"{len(items)} items, sum {sum(items)}, first {items[0]}, last {items[-1]}")
print(f"{'yes' if items else 'no'}", f"{[i * 2 for i in items]}", f"{ {'a': 1}['a'] }")
print(f"{(lambda x: x + 1)(1)}", f"{items!r:>15}", f"{'a' 'b'}")
name = "World"
print(f"Hello, {name.upper()}!", f"{name[::-1]}", f"{name:*^11}")
print(f"{1 + 2}" f"{3}" "plain" f"{4}")
print(F"{7}", rf"\n{name}", fr"{name}\t")
print(f"{3:d}{4:b}{255:x}{255:X}{8:o}{65:c}")
print(f"{'tab':\t>5}" if False else f"{'multi':-<10}|")
print(f"{-0.0}", f"{1e20}", f"{1e-5}", f"{10**20}", f"{True}", f"{None}")

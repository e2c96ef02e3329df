if (n := len("hello")) > 3:
    print("long", n)
print(n)
data = [1, 2, 3, 4]
while (item := data.pop()) > 2:
    print("item", item)
print(item, data)
print((y := 5) + y)
def f():
    if (z := 10):
        return z * 2
print(f())
vals = [v for x in range(6) if (v := x * x) % 2 == 0]
print(vals)
print([(w := i) for i in range(3)], w)
print(f"{(q := 7)}", q)

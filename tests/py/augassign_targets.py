x = 5
x += 3; print(x)
x -= 1; print(x)
x *= 2; print(x)
x //= 3; print(x)
x **= 2; print(x)
x %= 7; print(x)
x <<= 4; print(x)
x >>= 1; print(x)
x |= 1; print(x)
x &= 6; print(x)
x ^= 15; print(x)
x /= 4; print(x)
def f():
    pass
f.n = 1
f.n += 41
print(f.n)
d = {"a": [1]}
d["a"] += [2]
d["b"] = d.get("b", 0)
d["b"] -= 5
print(d)
l = [1, 2, 3]
l[1] *= 10
l[-1] **= 3
print(l)
alias = l
l += [4]
print(alias is l, alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
s = "ab"
s *= 3
print(s)
calls = []
def key():
    calls.append("key")
    return 0
lst = [10]
lst[key()] += 5
print(lst, calls)
m = [[1, 2], [3, 4]]
m[1][0] += 100
print(m)

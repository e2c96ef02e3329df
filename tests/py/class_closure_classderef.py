def outer():
    v = "outer"
    class K:
        a = v
        def m(self):
            return v
    class K2:
        try:
            a = v
        except NameError as e:
            a = "NameError: " + str(e)
        v = "class"
        b = v
        def m(self):
            return v
    return K, K2
K, K2 = outer()
print(K.a, K().m(), K2.a, K2.b, K2().m())
def counter():
    n = 0
    class Ctr:
        def inc(self):
            nonlocal n
            n += 1
            return n
    return Ctr()
c = counter()
print(c.inc(), c.inc(), c.inc())
x = 10
class G:
    y = x + 1
    z = [x for _ in range(2)]
print(G.y, G.z)

# BINARY_OP_POWER_FLOAT: float ** float/int in a hot loop, then operands
# the fast path leaves to the generic operator mid-loop.
def run(vals, exps):
    out = []
    for i in range(len(vals)):
        try:
            out.append(vals[i] ** exps[i])
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out

base = [1.5 + i / 7 for i in range(300)]
ex = [(-1.5, 0.5, 2, 3, -2, 2.0, 0, 0.0)[i % 8] for i in range(300)]
r = run(base, ex)
print(sum(x for x in r if isinstance(x, float)))
print(r[:8])

class F(float):
    def __pow__(self, o):
        return "F.pow"
    def __rpow__(self, o):
        return "F.rpow"

odd_vals = [2.0, -8.0, -8.0, 0.0, 0.0, float("inf"), float("-inf"), float("nan"), 1.0,
            1e300, 1e-300, 2.0, -2.0, 2.0, F(2.0), 2.0, 3, 2.0, True, 2.0, 0.5, -0.0]
odd_exps = [0.5, 1 / 3, 3.0, -1.0, 2.0, 0.5, 3, 0.0, float("nan"),
            2.0, 10.0, float("inf"), 0.5, 10 ** 20, 2.0, F(3.0), 0.5, True, 2.0, -1075, -2000.0, -1.0]
print(run(base[:100] + odd_vals, [0.5] * 100 + odd_exps)[100:])

def energy(ds):
    e = 0.0
    for d in ds:
        e -= 1.0 / (d ** 0.5) + d ** -1.5 + d ** 2
    return e
print(energy([1.0 + k * 0.25 for k in range(500)]))
print(energy([1.0 + k * 0.25 for k in range(50)] + [4] + [9.0]))

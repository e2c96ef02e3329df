# Float arithmetic in a while loop: a Leibniz series and a damped oscillator.
def leibniz(n):
    s = 0.0
    sign = 1.0
    k = 0
    while k < n:
        s += sign / (2.0 * k + 1.0)
        sign = -sign
        k += 1
    return 4.0 * s

def oscillator(steps):
    x = 1.0
    v = 0.0
    dt = 0.001
    i = 0
    while i < steps:
        a = -4.0 * x - 0.0001 * v
        v += a * dt
        x += v * dt
        i += 1
    return x * 1000000.0 + v

print(leibniz(8000000))
print(oscillator(8000000))

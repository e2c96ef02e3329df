# Deterministic properties of the clocks and sleep.
import time
a = time.perf_counter(); an = time.perf_counter_ns(); m = time.monotonic(); mn = time.monotonic_ns()
t = time.time(); tn = time.time_ns(); p = time.process_time(); pn = time.process_time_ns()
print(type(a).__name__, type(an).__name__, type(t).__name__, type(tn).__name__, type(p).__name__, type(pn).__name__)
print(t > 1.6e9, tn > 1.6e18, abs(tn / 1e9 - t) < 5, m > 0, mn > 0, p >= 0, pn >= 0)
time.sleep(0.01)
b = time.perf_counter(); bn = time.perf_counter_ns(); m2 = time.monotonic()
print(b - a >= 0.01, bn - an >= 10_000_000, m2 - m >= 0.01, time.time() >= t)
time.sleep(0); time.sleep(False); time.sleep(1e-4)
print(time.perf_counter() >= b)
x = 0
p0 = time.process_time()
for i in range(200000):
    x += i
print(x, time.process_time() >= p0)
for bad in [-1, 'a', float('nan')]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# multiprocessing.Manager(): dict/list/Namespace/Value/Lock/Queue/Event proxies shared with Pool workers and Processes
import multiprocessing as mp
def work(d, l, ns, i):
    d[i] = i * i
    l.append(i)
    return i
def locked_inc(v, lock, n):
    for _ in range(n):
        with lock:
            v.value = v.value + 1
def qput(q, i): q.put(i)
if __name__ == "__main__":
    with mp.Manager() as m:
        d = m.dict(); l = m.list([9]); ns = m.Namespace(x=1)
        ns.y = "why"
        print(ns.x, ns.y, ns)
        with mp.Pool(2) as pool:
            print(pool.starmap(work, [(d, l, ns, i) for i in range(5)]))
        print(sorted(d.items()), sorted(l), len(l), 3 in l, d[4], d.get(7, "none"), list(sorted(d)))
        print(l[0], l[-1] in range(5), str(m.list([1,2])), m.dict(a=1).copy())
        v = m.Value('i', 0); lock = m.Lock()
        ps = [mp.Process(target=locked_inc, args=(v, lock, 50)) for _ in range(2)]
        for p in ps: p.start()
        for p in ps: p.join()
        print(v.value)
        q = m.Queue()
        ps = [mp.Process(target=qput, args=(q, i)) for i in range(2)]
        for p in ps: p.start()
        print(sorted(q.get(timeout=5) for _ in range(2)))
        for p in ps: p.join()
        ev = m.Event(); print(ev.is_set(), ev.wait(0.01)); ev.set(); print(ev.wait(1))
        try: d[99]
        except KeyError as e: print("KeyError", e)
        l += [5]; print(len(l))
    print(mp.active_children())

# selectors over pipes: register/modify/unregister, readiness of each
# implementation, timeouts, get_key/get_map and the error cases.
import os
import selectors

classes = [selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector]
print(selectors.DefaultSelector.__name__, selectors.EVENT_READ, selectors.EVENT_WRITE)

class FileLike:
    def __init__(self, fd):
        self.fd = fd
    def fileno(self):
        return self.fd
    def __repr__(self):
        return 'FileLike()'

for cls in classes:
    print(cls.__name__)
    r, w = os.pipe()
    with cls() as sel:
        k = sel.register(r, selectors.EVENT_READ, data='reader')
        print(k.fd == r, k.events, k.data, k.fileobj == r)
        print(sel.select(timeout=0))
        print(sel.select(timeout=0.01))
        os.write(w, b'hello')
        ready = sel.select(timeout=1)
        print([(key.data, ev) for key, ev in ready])
        wobj = FileLike(w)
        sel.register(wobj, selectors.EVENT_WRITE, 'writer')
        ready = sel.select(0)
        print(sorted((key.data, ev) for key, ev in ready))
        print(len(sel.get_map()), sel.get_key(wobj).data, sorted(sel.get_map()) == sorted([r, w]))
        print(wobj in sel.get_map(), sel.get_map()[r].data)
        k2 = sel.modify(r, selectors.EVENT_READ, data='reader2')
        print(k2.data, sel.get_key(r).data)
        k3 = sel.modify(wobj, selectors.EVENT_READ | selectors.EVENT_WRITE, 'both')
        print(k3.events, sorted((key.data, ev) for key, ev in sel.select(0)))
        os.read(r, 100)
        print(sorted((key.data, ev) for key, ev in sel.select(0)))
        print(sel.unregister(r).data, len(sel.get_map()))
        for call in [lambda: sel.unregister(r), lambda: sel.get_key(r),
                     lambda: sel.register(wobj, selectors.EVENT_READ),
                     lambda: sel.register(r, 0), lambda: sel.register(r, 4),
                     lambda: sel.register('nofileno', 1), lambda: sel.register(-1, 1),
                     lambda: sel.modify(FileLike(99999), 1)]:
            try:
                call()
            except ValueError as ex:
                print(type(ex).__name__, ex)
            except KeyError as ex:   # descriptor numbers vary: named R and W
                print(type(ex).__name__, str(ex).replace(str(r), 'R').replace(str(w), 'W'))
        os.close(w)
        print(sel.unregister(wobj).data)
    print(sel.get_map())
    try:
        sel.get_key(r)
    except RuntimeError as ex:
        print('RuntimeError', ex)
    os.close(r)

# end of file on a pipe is readable
r, w = os.pipe()
sel = selectors.DefaultSelector()
sel.register(r, selectors.EVENT_READ)
os.close(w)
print([ev for key, ev in sel.select(1)], os.read(r, 10))
sel.close()
os.close(r)
print(issubclass(selectors.DefaultSelector, selectors.BaseSelector))
k = selectors.SelectorKey(1, 2, 3, 4)
print(k, k._replace(data=5))

import queue

q = queue.Queue()
print(q.empty(), q.qsize(), q.full(), q.maxsize)
for i in range(5):
    q.put(i * 10)
print(q.empty(), q.qsize(), q.full())
print([q.get() for _ in range(3)], q.qsize())
q.put_nowait('x')
print(q.get_nowait(), q.get(), q.get_nowait(), q.empty())
try:
    q.get_nowait()
except queue.Empty as e:
    print('Empty', type(e).__name__, repr(e))
try:
    q.get(block=False)
except queue.Empty:
    print('Empty again')
try:
    q.get(timeout=0.01)
except queue.Empty:
    print('Empty after timeout')

b = queue.Queue(maxsize=2)
b.put(1); b.put(2)
print(b.full(), b.qsize())
for how in ('put_nowait', 'put_block_false', 'put_timeout'):
    try:
        if how == 'put_nowait':
            b.put_nowait(3)
        elif how == 'put_block_false':
            b.put(3, block=False)
        else:
            b.put(3, timeout=0.01)
    except queue.Full as e:
        print('Full', how, repr(e))
print(b.get(), b.full())
b.task_done(); b.task_done()
try:
    b.task_done(); b.task_done()
except ValueError as e:
    print('ValueError', e)

lq = queue.LifoQueue()
for ch in 'abcde':
    lq.put(ch)
print(''.join(lq.get() for _ in range(lq.qsize())))

pq = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (5, 'e'), (2, 'b'), (4, 'd'), (1, 'A')]:
    pq.put(item)
print([pq.get() for _ in range(pq.qsize())])
pq2 = queue.PriorityQueue(maxsize=3)
for n in [9, 2, 7]:
    pq2.put(n)
print(pq2.full(), pq2.get(), pq2.get(), pq2.get(), pq2.empty())

sq = queue.SimpleQueue()
sq.put(1); sq.put_nowait(2)
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(block=False)
except queue.Empty:
    print('SimpleQueue empty')
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(issubclass(queue.LifoQueue, queue.Queue), issubclass(queue.PriorityQueue, queue.Queue))
q0 = queue.Queue(0)
for i in range(100):
    q0.put(i)
print(q0.full(), q0.qsize())
q0.join() if False else None
try:
    queue.Queue().put(1, timeout=-1)
except ValueError as e:
    print('ValueError', e)
try:
    queue.Queue().get(timeout=-1)
except ValueError as e:
    print('ValueError', e)

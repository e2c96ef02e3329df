"""queue: FIFO, LIFO and priority queues with CPython's interface.

coil has no threads, so nothing can ever be waiting on the other side of a
queue: an operation that CPython would block on forever (get() on an empty
queue, put() on a full one, join() with unfinished tasks) raises Empty /
Full / RuntimeError instead of hanging, and one with a timeout sleeps for
the timeout and then raises, as CPython would with no other thread.
"""

from collections import deque
from heapq import heappush, heappop
import time as _time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue',
           'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    pass


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


def _check_timeout(timeout):
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    """Create a queue object with a given maximum size.

    If maxsize is <= 0, the queue size is infinite.
    """

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        """Indicate that a formerly enqueued task is complete."""
        left = self.unfinished_tasks - 1
        if left < 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks = left

    def join(self):
        """Block until all items in the Queue have been processed."""
        if self.unfinished_tasks:
            raise RuntimeError("Queue.join() would block forever "
                               "(no other threads)")

    def qsize(self):
        """Return the approximate size of the queue."""
        return self._qsize()

    def empty(self):
        """Return True if the queue is empty, False otherwise."""
        return not self._qsize()

    def full(self):
        """Return True if the queue is full, False otherwise."""
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Put an item into the queue (raises Full when there is no room)."""
        if self.maxsize > 0:
            # Argument checks come first, as in CPython, even with room left.
            if block and timeout is not None:
                _check_timeout(timeout)
            if self._qsize() >= self.maxsize:
                if block and timeout is not None:
                    _time.sleep(timeout)
                raise Full
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        """Remove and return an item from the queue (raises Empty when
        there is none)."""
        if block and timeout is not None:
            _check_timeout(timeout)
        if not self._qsize():
            if block and timeout is not None:
                _time.sleep(timeout)
            raise Empty
        return self._get()

    def put_nowait(self, item):
        """Put an item into the queue without blocking."""
        return self.put(item, block=False)

    def get_nowait(self):
        """Remove and return an item from the queue without blocking."""
        return self.get(block=False)

    # Storage, overridden by the subclasses.
    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    """Retrieves open entries in priority order (lowest first)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    """Retrieves most recently added entries first."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """Simple, unbounded FIFO queue."""

    def __init__(self):
        self._queue = deque()

    def put(self, item, block=True, timeout=None):
        """Put the item on the queue (never blocks: it is unbounded)."""
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        """Remove and return an item from the queue (Empty if none)."""
        if block and timeout is not None:
            _check_timeout(timeout)
        if not self._queue:
            if block and timeout is not None:
                _time.sleep(timeout)
            raise Empty
        return self._queue.popleft()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return len(self._queue) == 0

    def qsize(self):
        return len(self._queue)

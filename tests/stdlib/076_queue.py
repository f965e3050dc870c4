# queue, from CPython's own Lib: the thread-safe queues next to asyncio.Queue, used from one thread.
import queue

q = queue.Queue()
for item in ['a', 'b', 'c']:
    q.put(item)
print(q.qsize(), q.empty(), q.full())
print(q.get(), q.get_nowait(), q.qsize())
q.task_done()
q.task_done()

lifo = queue.LifoQueue()
for i in range(4):
    lifo.put(i)
print([lifo.get() for _ in range(4)])

pq = queue.PriorityQueue()
for job in [(3, 'low'), (1, 'urgent'), (2, 'normal')]:
    pq.put(job)
while not pq.empty():
    print(pq.get())

bounded = queue.Queue(maxsize=2)
bounded.put(1)
bounded.put(2)
print(bounded.full())
try:
    bounded.put_nowait(3)
except queue.Full:
    print('Full raised')
try:
    bounded.put(3, timeout=0.5)
except queue.Full:
    print('Full after timeout')
empty = queue.Queue()
try:
    empty.get_nowait()
except queue.Empty:
    print('Empty raised')
try:
    empty.get(block=False)
except queue.Empty:
    print('Empty again')
try:
    empty.get(timeout=0.1)
except queue.Empty:
    print('Empty after timeout')

sq = queue.SimpleQueue()
sq.put('x')
sq.put('y')
print(sq.qsize(), sq.get(), sq.get(), sq.empty())

work = queue.Queue()
for n in range(5):
    work.put(n * n)
total = 0
while not work.empty():
    total += work.get()
    work.task_done()
work.join()
print('total', total, work.unfinished_tasks)
try:
    work.task_done()
except ValueError as e:
    print('ValueError:', e)
print(issubclass(queue.Full, Exception), queue.Empty.__name__)

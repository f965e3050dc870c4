# 257_threading_local_rlock_event: threading.local per worker thread, a re-entrant RLock, non-blocking Lock and Event checks, BoundedSemaphore's limit
# topic: threads
import asyncio, threading
data = threading.local()
rl = threading.RLock()
def work(n):
    data.value = n
    with rl:
        with rl:
            pass
    return data.value, threading.current_thread().name
async def main():
    data.value = "main"
    print(await asyncio.gather(*(asyncio.to_thread(work, i) for i in range(3))))
    print(data.value)
    l = threading.Lock()
    print(l.acquire(), l.acquire(blocking=False), l.locked())
    l.release()
    e = threading.Event()
    print(e.is_set(), e.wait(0.1))
    s = threading.BoundedSemaphore(1)
    with s:
        pass
    try:
        s.release()
    except ValueError as ex:
        print(ex)
asyncio.run(main())

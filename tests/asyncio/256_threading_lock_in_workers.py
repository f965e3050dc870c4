# 256_threading_lock_in_workers: a threading.Lock guards a counter shared by to_thread workers; the idle worker thread is reused
# topic: threads
import asyncio
import threading

counter = 0
lock = threading.Lock()

def work(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
    return threading.current_thread().name

async def main():
    names = await asyncio.gather(*(asyncio.to_thread(work, 1000) for _ in range(3)))
    print(counter, sorted(set(names)))
    print(threading.current_thread().name, threading.active_count() >= 1)
    print(threading.get_ident() == threading.main_thread().ident)

asyncio.run(main())

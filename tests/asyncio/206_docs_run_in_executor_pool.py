# 206_docs_run_in_executor_pool: the event loop docs' run_in_executor example: the default executor and a custom ThreadPoolExecutor
# topic: threads
import asyncio
import concurrent.futures
import time

def blocking_io():
    # File operations (such as logging) can block the
    # event loop: run them in a thread pool.
    time.sleep(0.5)
    return "io done"

def cpu_bound():
    # CPU-bound operations will block the event loop:
    # in general it is preferable to run them in a
    # process pool.
    return sum(i * i for i in range(10 ** 4))

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()

    ## Options:

    # 1. Run in the default loop's executor:
    result = await loop.run_in_executor(
        None, blocking_io)
    print('default thread pool', result)

    # 2. Run in a custom thread pool:
    with concurrent.futures.ThreadPoolExecutor() as pool:
        result = await loop.run_in_executor(
            pool, blocking_io)
        print('custom thread pool', result)
        result = await loop.run_in_executor(pool, cpu_bound)
        print('cpu bound', result)
    print("elapsed", round(loop.time() - t0, 1))

if __name__ == '__main__':
    asyncio.run(main())

# 016_wait: wait() leaves the rest pending and uncancelled; a timeout never raises (2.1-16)
# topic: wait
import asyncio


async def job(d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(d)
    return d


def names(fs, tasks):
    return sorted(tasks.index(f) for f in fs)


async def main():
    tasks = [asyncio.create_task(job(d)) for d in (3, 1, 2)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first completed", names(done, tasks), names(pending, tasks))
    print("pending cancelled?", [t.cancelled() for t in pending])
    done, pending = await asyncio.wait(tasks, timeout=0.5)
    print("timeout", names(done, tasks), names(pending, tasks))
    done, pending = await asyncio.wait(tasks)
    print("all", names(done, tasks), names(pending, tasks), [t.result() for t in tasks])
    tasks = [asyncio.create_task(job(1)), asyncio.create_task(job(2, True)), asyncio.create_task(job(3))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception", names(done, tasks), names(pending, tasks), asyncio.get_running_loop().time())
    await asyncio.wait(pending)


asyncio.run(main())

# Fire-and-forget tasks hide their errors
# topic: pitfalls
#
# A task that fails stores its exception until someone awaits it. If nobody ever does, the error is
# only reported when the task object is destroyed: asyncio logs "Task exception was never
# retrieved" on stderr. Keeping a reference and awaiting the task (or adding a done callback)
# surfaces the error where it can be handled.
import asyncio


async def save_report():
    await asyncio.sleep(0.5)
    raise OSError("disk full")


def on_done(task):
    if task.exception() is not None:
        print(f"callback: {task.get_name()} failed with {task.exception()!r}")


async def main():
    asyncio.create_task(save_report(), name="fire-and-forget")  # nobody keeps or awaits it
    await asyncio.sleep(1)
    print("main: nothing seemed to go wrong...")

    watched = asyncio.create_task(save_report(), name="watched")
    watched.add_done_callback(on_done)
    await asyncio.sleep(1)

    awaited = asyncio.create_task(save_report(), name="awaited")
    try:
        await awaited
    except OSError as err:
        print(f"main: awaiting the task re-raises {err!r}")


asyncio.run(main())

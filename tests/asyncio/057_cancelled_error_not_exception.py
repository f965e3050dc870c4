# 057_cancelled_error_not_exception: CancelledError is a BaseException, so `except Exception` does not catch it
# topic: cancellation
import asyncio


async def worker():
    try:
        await asyncio.sleep(1)
    except Exception:
        print("never: except Exception does not catch cancellation")
    finally:
        print("finally runs")


async def main():
    print(issubclass(asyncio.CancelledError, Exception),
          issubclass(asyncio.CancelledError, BaseException))
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except Exception:
        print("not here")
    except asyncio.CancelledError:
        print("caught CancelledError explicitly")


asyncio.run(main())

# 208_docs_exceptions: the asyncio exceptions: TimeoutError is the builtin, CancelledError a BaseException, InvalidStateError on a second set_result
# topic: errors
import asyncio

async def main():
    print(asyncio.TimeoutError is TimeoutError)
    print(issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception))
    print(issubclass(asyncio.InvalidStateError, Exception))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    fut.set_result(1)
    try:
        fut.set_result(2)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        fut.set_exception(ValueError("x"))
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f2 = loop.create_future()
    f2.cancel("stop it")
    try:
        f2.result()
    except asyncio.CancelledError as e:
        print("CancelledError:", e.args)
    try:
        await asyncio.wait_for(asyncio.sleep(5), 0.1)
    except asyncio.TimeoutError as e:
        print("caught as asyncio.TimeoutError:", type(e).__name__, repr(e))
    try:
        raise asyncio.CancelledError()
    except Exception:
        print("not reached")
    except BaseException as e:
        print("only BaseException catches", type(e).__name__)

asyncio.run(main())

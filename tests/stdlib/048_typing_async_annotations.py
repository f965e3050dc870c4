import asyncio
from typing import AsyncIterator, AsyncGenerator, Awaitable, Callable, Coroutine, Any, List, Optional, TypeVar, Dict

T = TypeVar("T")


async def ticker(n: int) -> AsyncIterator[int]:
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def squares(n: int) -> AsyncGenerator[int, None]:
    async for i in ticker(n):
        yield i * i


async def run_with_retry(factory: Callable[[], Awaitable[T]], retries: int = 3) -> Optional[T]:
    for attempt in range(retries):
        try:
            return await factory()
        except ValueError as e:
            print("retry", attempt, e)
    return None


attempts: Dict[str, int] = {"n": 0}


async def flaky() -> str:
    attempts["n"] += 1
    if attempts["n"] < 3:
        raise ValueError("not yet")
    return "ok"


def schedule(coro: Coroutine[Any, Any, T]) -> "asyncio.Task[T]":
    return asyncio.ensure_future(coro)


async def main() -> None:
    got: List[int] = [x async for x in squares(4)]
    print(got)
    print(await run_with_retry(flaky))
    t = schedule(asyncio.sleep(0, result="slept"))
    print(await t)
    print(main.__annotations__, ticker.__annotations__["return"], run_with_retry.__annotations__["factory"])


asyncio.run(main())

async def f(x, /, *a, k=1, **kw):
    async with a as b, c:
        yield [i async for i in x if (j := i)]
    try:
        pass
    except* ValueError as e:
        raise e from None

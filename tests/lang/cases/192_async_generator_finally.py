# async generator cleanup via aclose
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen cleanup")
async def main():
    g = agen()
    async for v in g:
        print("got", v)
        break
    await g.aclose()
    return "ok"
try:
    main().send(None)
except StopIteration as e:
    print(e.value)

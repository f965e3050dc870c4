# async for over a non-async iterable is a TypeError
async def main():
    async for x in [1, 2]:
        pass
try:
    main().send(None)
except TypeError as e:
    print("TypeError:", e)

# 011_streams_reader: StreamReader's readline, readuntil, readexactly, read, async for and EOF; serve_forever and its cancellation
# topic: streams
import asyncio
import time

T0 = time.monotonic()


def stamp():
    return f"[{time.monotonic() - T0:.3f}s]"


async def shout(reader, writer):
    async for line in reader:
        writer.write(line.decode().upper().encode())
    print(stamp(), 'server: client sent EOF')
    writer.close()


async def main():
    server = await asyncio.start_server(shout, 'localhost', 9000)
    serving = asyncio.create_task(server.serve_forever())
    reader, writer = await asyncio.open_connection('localhost', 9000)
    print(stamp(), writer.get_extra_info('peername'), writer.get_extra_info('sockname'))
    writer.writelines([b'one\n', b'two\n', b'three;four;'])
    print(stamp(), await reader.readline())
    print(stamp(), await reader.readexactly(4))
    writer.write(b'\n')
    print(stamp(), await reader.readuntil(b';'), await reader.readuntil(b';'))
    print(stamp(), await reader.readline())
    writer.write(b'partial')
    writer.write_eof()
    try:
        await reader.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print(stamp(), 'IncompleteReadError:', e, e.partial, e.expected)
    print(stamp(), await reader.read(), reader.at_eof())
    writer.close()
    await writer.wait_closed()
    print(stamp(), writer.is_closing())
    serving.cancel()
    try:
        await serving
    except asyncio.CancelledError:
        print(stamp(), 'serve_forever cancelled', server.is_serving())
    try:
        await asyncio.open_connection('localhost', 9000)
    except OSError as e:
        print(stamp(), type(e).__name__, e.errno)

asyncio.run(main())

# 010_streams_echo: asyncio's echo server and clients on the simulated network (the example of the asyncio documentation)
# topic: streams
import asyncio
import time

T0 = time.monotonic()


def stamp():
    return f"[{time.monotonic() - T0:.3f}s]"


async def handle_echo(reader, writer):
    data = await reader.read(100)
    message = data.decode()
    addr = writer.get_extra_info('peername')
    print(stamp(), f"Received {message!r} from {addr!r}")
    print(stamp(), f"Send: {message!r}")
    writer.write(data)
    await writer.drain()
    print(stamp(), "Close the connection")
    writer.close()
    await writer.wait_closed()


async def client(name, message):
    reader, writer = await asyncio.open_connection('127.0.0.1', 8888)
    print(stamp(), name, f'Send: {message!r}')
    writer.write(message.encode())
    await writer.drain()
    data = await reader.read(100)
    print(stamp(), name, f'Received: {data.decode()!r}')
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle_echo, '127.0.0.1', 8888)
    addrs = ', '.join(str(sock.getsockname()) for sock in server.sockets)
    print(f'Serving on {addrs}', server.is_serving())
    async with server:
        await asyncio.gather(client('A', 'Hello'), client('B', 'World!'))
    print(server.is_serving())
    try:
        await asyncio.open_connection('127.0.0.1', 8888)
    except ConnectionRefusedError as e:
        print(stamp(), 'refused:', e)

asyncio.run(main())

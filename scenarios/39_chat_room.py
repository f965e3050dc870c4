# A chat room: one server, three clients, messages broadcast to everyone
# topic: io
#
# The server keeps a writer per connected client; each line a client sends is written to every
# other client. Each client reads in a task of its own while it talks, so it hears the others
# whenever their messages arrive. All of it runs over Coroscope's simulated loopback network
# (0.1 s round trip), where a message takes 50 ms to reach the server and 50 ms more to reach the
# other clients.
import asyncio
import time

from coroscope import net

net.host("127.0.0.1", latency=0.1)
T0 = time.monotonic()
members = {}


def log(msg):
    print(f"[{time.monotonic() - T0:4.2f}s] {msg}")


async def serve(reader, writer):
    name = (await reader.readline()).decode().strip()
    members[name] = writer
    log(f"server: {name} joined ({len(members)} online)")
    while line := await reader.readline():
        for other, w in members.items():
            if other != name:
                w.write(f"{name}: {line.decode()}".encode())
    del members[name]
    log(f"server: {name} left")
    writer.close()


async def listen(name, reader):
    while line := await reader.readline():
        log(f"{name} sees {line.decode().strip()!r}")


async def member(name, lines, delay):
    await asyncio.sleep(delay)
    reader, writer = await asyncio.open_connection("127.0.0.1", 7000)
    writer.write(f"{name}\n".encode())
    listener = asyncio.create_task(listen(name, reader))
    for pause, text in lines:
        await asyncio.sleep(pause)
        writer.write(f"{text}\n".encode())
        await writer.drain()
    await asyncio.sleep(0.4)
    writer.close()
    await writer.wait_closed()
    await listener


async def main():
    server = await asyncio.start_server(serve, "127.0.0.1", 7000)
    async with server:
        await asyncio.gather(
            member("ana", [(0.2, "hi all"), (0.5, "who wants tea?")], 0),
            member("ben", [(0.45, "hello ana"), (0.4, "me!")], 0.05),
            member("cleo", [(0.9, "tea sounds good")], 0.1),
        )
        await asyncio.sleep(0.1)  # the last goodbye reaches the server


asyncio.run(main())

# An echo server and three clients, with asyncio streams
# topic: io
#
# `asyncio.start_server` calls the handler in a new task for every connection, so one server
# serves many clients at once; `open_connection` gives a client a (reader, writer) pair. Reading
# awaits until data arrives, `write` only queues bytes and `drain` lets them go. The connections
# run over Coroscope's simulated loopback network, where bytes take 50 ms to cross (half the
# declared 0.1 s round trip), so each exchange is visible on the timeline.
import asyncio
import time

from coroscope import net

net.host("127.0.0.1", latency=0.1)
T0 = time.monotonic()


def log(msg):
    print(f"[{time.monotonic() - T0:4.2f}s] {msg}")


async def handle(reader, writer):
    peer = writer.get_extra_info("peername")
    log(f"server: connection from port {peer[1]}")
    while line := await reader.readline():
        log(f"server: echoing {line.decode().strip()!r}")
        writer.write(line)
        await writer.drain()
    log(f"server: port {peer[1]} hung up")
    writer.close()
    await writer.wait_closed()


async def client(name, words, pause):
    reader, writer = await asyncio.open_connection("127.0.0.1", 8888)
    for word in words:
        writer.write(f"{word}\n".encode())
        await writer.drain()
        reply = await reader.readline()
        log(f"{name}: got back {reply.decode().strip()!r}")
        await asyncio.sleep(pause)
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 8888)
    log(f"serving on {server.sockets[0].getsockname()}")
    async with server:
        await asyncio.gather(
            client("alice", ["hello", "bye"], 0.3),
            client("bob", ["ping", "pong", "ping"], 0.2),
            client("carol", ["one"], 0),
        )
        await asyncio.sleep(0.1)  # the last hang-up reaches the server
    log("server closed")


asyncio.run(main())

# a tiny event loop driving async def coroutines with a ready queue and timers
import types
class Sleep:
    def __init__(self, t):
        self.t = t
    @types.coroutine
    def wait(self):
        yield self
clock = 0
ready = []
timers = []
def spawn(coro):
    ready.append(coro)
def run():
    global clock
    while ready or timers:
        if not ready:
            timers.sort(key=lambda x: x[0])
            clock, coro = timers.pop(0)
            ready.append(coro)
        coro = ready.pop(0)
        try:
            req = coro.send(None)
            timers.append((clock + req.t, coro))
        except StopIteration as e:
            print(f"[t={clock}] finished with {e.value!r}")
async def worker(name, delays):
    for d in delays:
        print(f"[t={clock}] {name} sleeps {d}")
        await Sleep(d).wait()
    return name.upper()
spawn(worker("a", [2, 1]))
spawn(worker("b", [1, 1, 1]))
run()

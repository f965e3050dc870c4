# Generators and send(): a conversation with a paused function
# topic: generators
#
# A generator function runs only when someone asks for its next value, and it pauses at every
# `yield`. `send(x)` resumes it and makes the paused `yield` expression evaluate to x, so values
# flow both ways; every asyncio coroutine is built on exactly this mechanism.


def countdown(n):
    print(f"  countdown: starting at {n}")
    while n > 0:
        yield n
        n -= 1
    print("  countdown: finished")


gen = countdown(3)
print("created a", type(gen).__name__, "- its body has not run yet")
print("next(gen) ->", next(gen))
for value in gen:
    print("for loop got", value)


def running_average():
    total = 0.0
    count = 0
    average = None
    try:
        while True:
            value = yield average  # pauses here; send(x) makes this expression x
            total += value
            count += 1
            average = total / count
    finally:
        print(f"  running_average: closed after {count} values")


avg = running_average()
print("prime it with next() ->", next(avg))
for x in [10, 20, 60]:
    print(f"send({x}) -> {avg.send(x)}")
avg.close()  # raises GeneratorExit at the paused yield, so the finally block runs


def echo():
    received = yield "ready"
    while received != "bye":
        received = yield f"echo: {received}"
    return "conversation over"


e = echo()
print(next(e))
print(e.send("hello"))
print(e.send("asyncio"))
try:
    e.send("bye")
except StopIteration as stop:
    print("StopIteration carries the return value:", repr(stop.value))

fresh = echo()
try:
    fresh.send("too early")
except TypeError as err:
    print("TypeError:", err)

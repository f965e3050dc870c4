# 106_generator_send_throw_close: plain generators: send, throw, close and the return value in StopIteration
# topic: generators


def gen():
    try:
        received = yield 1
        print("received", received)
        try:
            yield 2
        except ValueError:
            print("caught ValueError")
            yield 3
        return "ret"
    finally:
        print("cleanup")


g = gen()
print(next(g))
print(g.send("hi"))
print(g.throw(ValueError))
try:
    next(g)
except StopIteration as s:
    print("StopIteration", s.value)
h = gen()
next(h)
h.close()
print("closed:", h.gi_frame is None)

# push-based pipeline of coroutines (David Beazley style)
def coroutine(fn):
    def start(*a):
        g = fn(*a)
        next(g)
        return g
    return start
@coroutine
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)
@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)
@coroutine
def upper(target):
    while True:
        target.send((yield).upper())
p = grep("py", upper(printer(">>")))
for line in ["python rocks", "java", "pypy is fast", "c++"]:
    p.send(line)

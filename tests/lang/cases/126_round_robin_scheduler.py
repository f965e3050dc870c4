# a round-robin scheduler over generators (the classic lecture example)
def task(name, n):
    for i in range(n):
        print(f"{name} step {i}")
        yield
    print(f"{name} done")
def run(tasks):
    queue = list(tasks)
    while queue:
        t = queue.pop(0)
        try:
            next(t)
            queue.append(t)
        except StopIteration:
            pass
run([task("A", 2), task("B", 3), task("C", 1)])

# producer/consumer with send()
def consumer():
    total = 0
    try:
        while True:
            item = yield
            total += item
            print("consumed", item, "total", total)
    except GeneratorExit:
        print("consumer closing with", total)
def producer(c, items):
    next(c)
    for i in items:
        c.send(i)
    c.close()
producer(consumer(), [3, 5, 8])

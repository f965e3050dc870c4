# modifying class variables through type(self)
class Counter:
    count = 0
    def __init__(self):
        type(self).count += 1
class Sub(Counter):
    pass
Counter(); Counter(); Sub()
print(Counter.count, Sub.count)

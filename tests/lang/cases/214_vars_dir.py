# vars() and dir() on objects
class P:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = 2
p = P()
print(vars(p), sorted(vars(p)))
print([n for n in dir(p) if not n.startswith("__")])

# __getattr__, __setattr__, __delattr__-like behaviour
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "target", target)
    def __getattr__(self, name):
        print("lookup", name)
        return getattr(self.target, name)
p = Proxy([3, 1, 2])
p.append(0)
print(p.target, p.count(1))
class Strict:
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError(f"private {name}")
        super().__setattr__(name, value)
s = Strict()
s.ok = 1
try:
    s._no = 2
except AttributeError as e:
    print(e)
print(s.ok, hasattr(s, "_no"))
del s.ok
print(hasattr(s, "ok"))

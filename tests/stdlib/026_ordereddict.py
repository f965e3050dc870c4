from collections import OrderedDict

od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
od.move_to_end("b")
print(od)
od.move_to_end("c", last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
print(OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1), dict(OrderedDict(x=1)))
print(OrderedDict(), repr(OrderedDict([(1, "x")])), OrderedDict.fromkeys("abc", 0))
e = OrderedDict()
for bad in [lambda: e.popitem(), lambda: e.move_to_end("zz")]:
    try:
        bad()
    except KeyError as ex:
        print("KeyError", ex)
c = od.copy()
c["new"] = 1
print(c, od, type(c).__name__, isinstance(c, dict))
print(list(reversed(OrderedDict(a=1, b=2, c=3))))
print(OrderedDict(a=1) | {"b": 2}, {"z": 0} | OrderedDict(a=1))
x = OrderedDict(q=1)
x |= {"r": 2}
print(x, x.get("q"), x.setdefault("s", 3), x.pop("q"), x)


class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def get_item(self, key):
        if key not in self:
            return None
        self.move_to_end(key)
        return self[key]

    def put(self, key, value):
        if key in self:
            self.move_to_end(key)
        self[key] = value
        if len(self) > self.capacity:
            oldest = next(iter(self))
            del self[oldest]


cache = LRU(2)
cache.put("a", 1)
cache.put("b", 2)
cache.get_item("a")
cache.put("c", 3)
print(cache, cache.get_item("b"))

# del on names, items, slices and attributes
x = 1
del x
try:
    x
except NameError as e:
    print(e)
lst = list(range(8))
del lst[0], lst[-1]
del lst[::2]
print(lst)
class O:
    pass
o = O()
o.a = 1
del o.a
print(hasattr(o, "a"))
d = {"a": 1, "b": 2}
del d["a"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)

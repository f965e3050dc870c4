# None comparisons and defaults
def f(x=None):
    if x is None:
        x = []
    x.append(1)
    return x
print(f(), f(), f([0]))
print(None == None, None is None, None != 0, type(None).__name__, repr(None))
try:
    None < 1
except TypeError as e:
    print("TypeError:", e)
try:
    None.attr
except AttributeError as e:
    print("AttributeError:", e)
print([x for x in [1, None, 2] if x is not None], max([3, 1], default=None))

# default reprs and str of objects, functions and classes
class Plain:
    pass
p = Plain()
print(repr(p).startswith("<__main__.Plain object at 0x"))
print(Plain, Plain.__name__, Plain.__qualname__, Plain.__module__)
def fn(): pass
print(fn.__name__, repr(fn).startswith("<function fn at"))
class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner, Outer.Inner.__qualname__, Outer.Inner.m.__qualname__)
print(len, print, int, object)
print(repr(lambda: 0).split(" at ")[0])
g = (x for x in [])
print(repr(g).split(" at ")[0])

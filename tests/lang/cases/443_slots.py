# __slots__: instances take only the named attributes; a base without __slots__ or '__dict__'
# among them lifts the restriction; private slot names are mangled.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = P(1, 2)
p.x = 10
print(p.x, p.y)
for action in [lambda: setattr(p, "z", 3), lambda: p.__dict__, lambda: P(1, 2).__dict__]:
    try:
        action()
    except AttributeError as e:
        print("AttributeError", e)


class Q(P):
    __slots__ = "z"


q = Q(1, 2)
q.z = 3
print(q.x, q.z)
try:
    q.w = 4
except AttributeError as e:
    print(e)


class R(P):
    pass


r = R(1, 2)
r.anything = 5
print(r.anything, r.x, hasattr(r, '__dict__'))


class S:
    __slots__ = ("a", "__dict__")


s = S()
s.b = 1
print(s.b)


class T:
    __slots__ = ["__secret"]

    def __init__(self):
        self.__secret = 7

    def reveal(self):
        return self.__secret


print(T().reveal())
try:
    class U:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print(e)
try:
    class W:
        __slots__ = (1,)
except TypeError as e:
    print(e)

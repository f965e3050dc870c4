# calling methods via the class, bound method objects, method attributes
class K:
    def m(self, x):
        return ("m", x)
    @classmethod
    def c(cls, x):
        return ("c", cls.__name__, x)
    @staticmethod
    def s(x):
        return ("s", x)
k = K()
print(K.m(k, 1), k.m(2), K.c(3), k.c(4), K.s(5), k.s(6))
bm = k.m
print(bm(7), bm.__self__ is k, bm.__func__ is K.m, bm.__name__)
class Sub(K):
    pass
print(Sub.c(8), Sub().c(9))
print(type(bm).__name__, callable(bm))

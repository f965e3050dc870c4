# __annotations__ of classes and modules: definition order, evaluated annotations

x: int = 5
y: "str"
print(__annotations__)


class A:
    a: int
    b: str = "hi"
    if True:
        c: list = []
    for _ in range(1):
        d: dict
    def m(self):
        z: int = 3
        return z
    print(sorted(k for k in locals() if not k.startswith("__")))


print(A.__annotations__, A.b, hasattr(A, "a"))


class B(A):
    e: float


print(B.__annotations__, "a" in B.__dict__.get("__annotations__"))


class Empty:
    pass


print("__annotations__" in Empty.__dict__)


def outer():
    T = tuple
    class C:
        t: T
        u: (int) = 1
    return C


print(outer().__annotations__)


class O:
    pass


o = O()
o.attr: int = 4
d = {}
d["k"]: str = "v"
print(o.attr, d, __annotations__)


# a class's own annotations only, made empty on first access
class A0:
    a: int
class B0(A0):
    pass
class E0:
    pass
print(B0.__annotations__, A0.__annotations__, E0.__annotations__, "__annotations__" in E0.__dict__)
try:
    int.__annotations__
except AttributeError as e:
    print(e)

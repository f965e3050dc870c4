# instance __dict__ and attribute lookup order
class A:
    x = "class"
a = A()
print(a.x, a.__dict__)
a.x = "instance"
print(a.x, A.x, a.__dict__)
del a.x
print(a.x)
a.__dict__["y"] = 5
print(a.y, vars(a))
print(type(a).__name__, a.__class__ is A, isinstance(a, object))

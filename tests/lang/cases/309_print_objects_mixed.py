# print converts everything with str()
class A:
    def __str__(self):
        return "A!"
print(A(), [A()] == [A()], 1.0, 2 ** 64, -0.5, None, b"b", (1, "two"), {"k": (1.5, None)})

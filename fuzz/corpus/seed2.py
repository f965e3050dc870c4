class A(B, metaclass=M):
    @property
    def x(self): return f"{self!r:>{w}}"
x, *y = z = {**d, "k": [*l]}

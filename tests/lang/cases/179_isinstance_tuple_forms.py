# isinstance and issubclass with tuples and hierarchies
class A: pass
class B(A): pass
print(isinstance(B(), (int, A)), isinstance(1, (str, (float, int))), issubclass(B, (int, A)), issubclass(A, B))
print(isinstance(True, bool), isinstance(1.0, int), isinstance([], (list, tuple)), type(B()) == A)
try:
    isinstance(1, "int")
except TypeError as e:
    print("TypeError:", e)

class C: pass
print(int | None, None | int, int | str | None, (int | str) | (str | C), int | int)
print(isinstance(3, int | str), isinstance(None, int | None), isinstance(2.0, int | str))
try:
    1 | int
except TypeError as e:
    print(e)
x: int | None = None
print(__annotations__)
try:
    None | None
except TypeError as e:
    print(e)
print(type(int | str).__name__)

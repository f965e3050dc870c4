# f-strings with conversions, format specs and nesting
name = "Ada"
n = 42
pi = 3.14159265
print(f"{name} is {n} years")
print(f"{name!r} {name!s} {n:5d}|{n:<5}|{n:^5}|{n:>5}|")
print(f"{pi:.2f} {pi:10.3f}| {pi:e} {n:08.2f} {n:x} {n:X} {n:o} {n:b} {n:#x}")
print(f"{1234567:,} {1234567:_} {0.5:%} {0.25:.1%}")
width = 8
print(f"[{name:>{width}}]")
print(f"{n=} {pi=:.1f} {name = }")
d = {"k": "v"}
print(f"{d['k']}")
print(f"{'nested ' + f'{n}'}")
print(f"{{literal}} {n}")
print(f"{-5:05d} {5:+d} {3.0:g} {1e20:g}")

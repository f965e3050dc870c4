# chained comparisons, is / in, boolean short-circuit
x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4, 3 > 2 == 2)
print(None is None, [] is [], x is not None, 3 in [1, 2, 3], "a" not in "bcd")
def t(v):
    print("eval", v)
    return v
print(t(0) and t(1), t(1) or t(2), t(0) or t(""), not t(0))
print([] or "default", 0 and 1, None or 0)
print(1 == 1.0, x is x, True == 1, hash(1) == hash(1.0))
